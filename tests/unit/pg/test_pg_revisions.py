"""The revisioned saves of a plan file hold for a plan on PostgreSQL: the same tests, run
against a database (the ``path`` fixture is a URL here)."""

from __future__ import annotations

from tests.unit.storage.test_storage_revisions import (  # noqa: F401 (collected here again)
    test_a_conflict_resolved_then_saved_again,
    test_a_new_object_referring_to_one_removed_elsewhere_is_a_conflict,
    test_changes_made_elsewhere_to_other_objects_are_merged_outside_the_history,
    test_ids_are_never_reused_after_a_removal,
    test_references_to_a_new_object_follow_its_real_id,
    test_removed_by_one_and_edited_by_the_other_is_a_conflict,
    test_the_plan_properties_conflict_too,
    test_the_same_change_on_both_sides_is_no_conflict,
    test_two_planners_adding_at_once_both_keep_their_object_with_distinct_ids,
)
