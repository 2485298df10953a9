"""Reading statements from pages: words in, statements out. No I/O beyond the bytes handed in."""
