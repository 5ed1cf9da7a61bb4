"""Kiosk mode: a shared clinic touch screen that patients cannot leave or look around in."""
