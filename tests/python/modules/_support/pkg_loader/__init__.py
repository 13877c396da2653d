"""A package for module_loader.py."""
