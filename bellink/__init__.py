"""bellink: a knowledge base of Russia-Belarus military cooperation, built from news articles."""

__version__ = "0.1.0"
