"""``python -m csto_un``: the same as the ``csto-un`` command."""

import sys

from .cli import main

sys.exit(main())
