from laylint.cli import main

raise SystemExit(main())
