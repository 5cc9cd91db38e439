/**
 * Which groups hold no text of the document. RTF marks destinations a reader
 * may not know with `{\*\word …}`: those are skipped unless named in
 * `STARRED_READ`. The ones below are older than `\*` or always written without
 * it; their whole group is skipped wherever the word stands in it.
 */

/** Destinations skipped whole: tables of the document, metadata, page furniture, notes, field codes, fallbacks. */
export const SKIPPED = new Set([
  // Tables and properties of the document.
  'colortbl', 'stylesheet', 'info', 'listtable', 'listoverridetable', 'revtbl', 'rsidtbl', 'filetbl', 'pgdsctbl',
  'template', 'docvar', 'xmlnstbl', 'generator', 'themedata', 'colorschememapping', 'datastore', 'latentstyles',
  'mmathPr', 'wgrffmtfilter', 'fchars', 'lchars', 'userprops', 'panose', 'falt', 'fontemb', 'fontfile', 'password',
  // Page headers and footers, footnotes and endnotes, comments, and their separators (DOCX leaves them out too).
  'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf',
  'footnote', 'ftnsep', 'ftnsepc', 'ftncn', 'aftnsep', 'aftnsepc', 'aftncn', 'annotation', 'atnid', 'atnauthor', 'atndate', 'atnref', 'atrfstart', 'atrfend',
  // A field's code (its result, \fldrslt, is the text), index and contents entries, bookmarks.
  'fldinst', 'xe', 'tc', 'txe', 'bkmkstart', 'bkmkend',
  // A drawing object's own description, old-style list numbering definitions, form fields' data.
  'do', 'pn', 'pnseclvl', 'pntxta', 'pntxtb', 'formfield', 'datafield',
  // What a reader without shapes or nested tables reads instead: the picture and the table are read from \shppict and \nesttableprops.
  'nonshppict', 'nonesttables',
  // An embedded object's data (its \result is what is shown).
  'objdata', 'objclass', 'objname',
]);

/** `{\*\word}` destinations that are read: pictures in Word's form, nested table rows, the Unicode half of `\upr`. */
export const STARRED_READ = new Set(['shppict', 'nesttableprops', 'ud', 'fldrslt', 'result']);
