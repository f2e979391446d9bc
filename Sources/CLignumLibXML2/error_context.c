/*
 * Where a parser error is, for handlers that print it: libxml2 hands them the parser context
 * in error->ctxt, and they print the offending line with xmlParserPrintFileContext(ctxt->input).
 * A parse without a program context (xmlReadFile, xmlParseFile...) gets this thread's stand-in
 * context, whose input holds the line of the last error and its position.
 */
#include <stdlib.h>
#include <string.h>
#include "libxml/parser.h"
#include "libxml/xmlerror.h"
#include "libxml/globals.h"

static _Thread_local xmlParserCtxt errorContext;
static _Thread_local xmlParserInput errorInput;
static _Thread_local char *errorLine;

/* Makes the thread's last error point at the stand-in context, its input at `line` (the text
 * of the error's line, NULL for none) with the position at 1-based `column`. */
void lignumSetErrorSource(const char *line, int column) {
  free(errorLine);
  errorLine = strdup(line != NULL ? line : "");
  if (errorLine == NULL) { __xmlLastError()->ctxt = NULL; return; }
  size_t n = strlen(errorLine);
  size_t col = column > 0 ? (size_t) column - 1 : 0;
  if (col > n) col = n;
  memset(&errorInput, 0, sizeof errorInput);
  errorInput.base = (const xmlChar *) errorLine;
  errorInput.cur = errorInput.base + col;
  errorInput.end = errorInput.base + n;
  errorInput.length = (int) n;
  errorInput.line = __xmlLastError()->line;
  errorInput.col = (int) col + 1;
  errorInput.filename = __xmlLastError()->file;
  errorContext.input = &errorInput;
  __xmlLastError()->ctxt = &errorContext;
}

/* The line around input->cur (at most 80 bytes of it) and a caret under cur, through the
 * generic error handler, as libxml2 prints them. */
void xmlParserPrintFileContext(xmlParserInputPtr input) {
  if (input == NULL || input->cur == NULL || input->base == NULL) return;
  xmlGenericErrorFunc out = *__xmlGenericError();
  void *data = *__xmlGenericErrorContext();
  if (out == NULL) return;
  const xmlChar *cur = input->cur, *base = input->base;
  char content[81];
  /* Back over line ends, then to the start of the line (80 bytes at most). */
  while (cur > base && (*cur == '\n' || *cur == '\r')) cur--;
  unsigned n = 0;
  while (n++ < sizeof(content) - 1 && cur > base && *cur != '\n' && *cur != '\r') cur--;
  if (*cur == '\n' || *cur == '\r') cur++;
  size_t col = (size_t) (input->cur - cur);
  char *c = content;
  n = 0;
  while (*cur != 0 && *cur != '\n' && *cur != '\r' && n < sizeof(content) - 1) { *c++ = (char) *cur++; n++; }
  *c = 0;
  out(data, "%s\n", content);
  /* The caret line: the text's tabs kept, everything else a space. */
  c = content;
  n = 0;
  while (n < col && n++ < sizeof(content) - 2 && *c != 0) {
    if (*c != '\t') *c = ' ';
    c++;
  }
  *c++ = '^';
  *c = 0;
  out(data, "%s\n", content);
}
