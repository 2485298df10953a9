"""Reading statements from pages: words in, statements out. No I/O beyond the bytes handed in.

The modules, in the order a file flows through them:

1. Source of words: `pages` picks per page the text layer (`pdftext`) or OCR of a render (`images`,
   `ocr`); every source gives `words.PageWords`.
2. Geometry: `layout` clusters words into lines (and levels slanted OCR pages); `boxes` maps what was
   read back to where it was printed.
3. Vocabulary and locale: `lexicon` (one module per language), `amounts` and `dates` (printed money
   and dates to typed values); `context.ReadContext` carries the lexicon, the named tolerances and
   the OCR trust thresholds every step is given.
4. Table and fields: `table` finds transaction tables and reads their rows; `header` reads the fields
   printed around them.
5. Reconcile: `balance` checks amounts against the balances and records each repair as a decision.

`reader.read_statements` runs the steps in that order and returns `statement.RawStatement`s.
"""
