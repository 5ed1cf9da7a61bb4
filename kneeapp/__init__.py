"""KneeCheck: a left/right self-check for runners whose knees hurt after running."""

__version__ = "0.1.0"
