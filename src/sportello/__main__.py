from sportello.cli import main

raise SystemExit(main())
