"""Natural order: codes and names sort as a planner reads them."""

from cosmoplan.domain import natural_key


def test_numbers_sort_by_magnitude_and_case_is_ignored() -> None:
    codes = ["45/10", "200/39", "45/2", "sez-1", "SEZ-10", "1/5", "Tenant 10", "tenant 9"]
    assert sorted(codes, key=natural_key) == [
        "1/5",
        "45/2",
        "45/10",
        "200/39",
        "sez-1",
        "SEZ-10",
        "tenant 9",
        "Tenant 10",
    ]
