#!/usr/bin/env python
"""The add-two-numbers project: `metal serve` serves it (it is embedded in the
binary); with real Django installed, `python manage.py runserver` runs it too."""
import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "addsite.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
