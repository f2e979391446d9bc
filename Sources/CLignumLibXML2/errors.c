/*
 * The per-thread last error (xmlLastError, reached through __xmlLastError) and the functions
 * that read, copy and reset it. Thread-local storage is C's; the Swift side fills the record
 * through lignumSetLastError when a parse fails.
 */
#define IN_LIBXML
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "libxml/globals.h"
#include "libxml/parser.h"
#include "libxml/xmlerror.h"
#include "lignum_shim.h"

static _Thread_local xmlError lastError;

xmlError *__xmlLastError(void) { return &lastError; }

static char *copyString(const char *s) {
  if (s == NULL) return NULL;
  size_t n = strlen(s);
  char *p = xmlMalloc(n + 1);
  if (p != NULL) memcpy(p, s, n + 1);
  return p;
}

void xmlResetError(xmlErrorPtr err) {
  if (err == NULL || err->code == XML_ERR_OK) return;
  if (err->message != NULL) xmlFree(err->message);
  if (err->file != NULL) xmlFree(err->file);
  if (err->str1 != NULL) xmlFree(err->str1);
  if (err->str2 != NULL) xmlFree(err->str2);
  if (err->str3 != NULL) xmlFree(err->str3);
  memset(err, 0, sizeof(*err));
}

void xmlResetLastError(void) { xmlResetError(&lastError); }

xmlErrorPtr xmlGetLastError(void) { return lastError.code == XML_ERR_OK ? NULL : &lastError; }

int xmlCopyError(xmlErrorPtr from, xmlErrorPtr to) {
  if (from == NULL || to == NULL) return -1;
  char *message = copyString(from->message), *file = copyString(from->file);
  char *str1 = copyString(from->str1), *str2 = copyString(from->str2), *str3 = copyString(from->str3);
  if (to->message != NULL) xmlFree(to->message);
  if (to->file != NULL) xmlFree(to->file);
  if (to->str1 != NULL) xmlFree(to->str1);
  if (to->str2 != NULL) xmlFree(to->str2);
  if (to->str3 != NULL) xmlFree(to->str3);
  to->domain = from->domain;
  to->code = from->code;
  to->level = from->level;
  to->line = from->line;
  to->node = from->node;
  to->int1 = from->int1;
  to->int2 = from->int2;
  to->ctxt = from->ctxt;
  to->message = message;
  to->file = file;
  to->str1 = str1;
  to->str2 = str2;
  to->str3 = str3;
  return 0;
}

void lignumSetLastError(int domain, int code, int level, const char *file, int line, int column,
                        const char *message) {
  xmlResetError(&lastError);
  lastError.domain = domain;
  lastError.code = code;
  lastError.level = (xmlErrorLevel) level;
  lastError.file = copyString(file);
  lastError.line = line;
  lastError.int2 = column;
  lastError.message = copyString(message);
}

void lignumUnimplemented(const char *function) {
  char message[160];
  snprintf(message, sizeof(message), "%s is not implemented in Lignum yet\n", function);
  lignumSetLastError(XML_FROM_NONE, XML_ERR_INTERNAL_ERROR, XML_ERR_ERROR, NULL, 0, 0, message);
}

/* Calls a handler's variadic fatalError callback with a preformatted text, which Swift cannot
 * do itself. */
void lignumSAXFatalError(xmlSAXHandler *sax, void *ctx, const char *text) {
  if (sax != NULL && sax->fatalError != NULL) sax->fatalError(ctx, "%s", text);
}

static _Thread_local int saxLine;
void lignumSetSAXLine(int line) { saxLine = line; }
int lignumSAXLine(void) { return saxLine; }

/* The default SAX error callbacks: the formatted message goes to the generic error handler.
 * (The library calls them with a complete report as "%s".) */
#include <stdarg.h>
static void forward(const char *msg, va_list args) {
  char text[4096];
  vsnprintf(text, sizeof(text), msg, args);
  xmlGenericErrorFunc generic = *__xmlGenericError();
  if (generic != NULL) generic(*__xmlGenericErrorContext(), "%s", text);
}
void xmlParserError(void *ctx, const char *msg, ...) { (void) ctx; va_list a; va_start(a, msg); forward(msg, a); va_end(a); }
void xmlParserWarning(void *ctx, const char *msg, ...) { (void) ctx; va_list a; va_start(a, msg); forward(msg, a); va_end(a); }
void xmlParserValidityError(void *ctx, const char *msg, ...) { (void) ctx; va_list a; va_start(a, msg); forward(msg, a); va_end(a); }
void xmlParserValidityWarning(void *ctx, const char *msg, ...) { (void) ctx; va_list a; va_start(a, msg); forward(msg, a); va_end(a); }

/* Sets a handler's error callbacks to the defaults above (xmlSAXVersion). */
void lignumSetDefaultSAXErrorHandlers(xmlSAXHandler *sax) {
  if (sax == NULL) return;
  sax->warning = xmlParserWarning;
  sax->error = xmlParserError;
  sax->fatalError = xmlParserError;
}

/* Calls a handler's variadic warning callback with a preformatted text. */
void lignumSAXWarning(xmlSAXHandler *sax, void *ctx, const char *text) {
  if (sax != NULL && sax->warning != NULL) sax->warning(ctx, "%s", text);
}
