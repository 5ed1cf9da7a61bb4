"""Pure-Python core of KneeCheck: checks, measures, asymmetry rules, sessions.

Nothing in this package imports Qt or touches the disk.
"""
