from qdiff.cli import main

main()
