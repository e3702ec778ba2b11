"""Trained models shipped with datenorm (installed as the package `datenorm.models`)."""
