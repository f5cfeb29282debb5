"""``python -m graphify`` runs the command line."""

import sys

from graphify.cli import main

sys.exit(main())
