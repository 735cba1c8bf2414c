"""Entry point of the frozen build (PyInstaller): the same as the ``mibu`` console script."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
