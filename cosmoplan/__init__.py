"""cosmoplan: site model, tenant allocation and safety planning for the Baikonur Cosmodrome."""

__version__ = "0.1.0"
