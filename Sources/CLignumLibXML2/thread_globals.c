/*
 * libxml2's per-thread settings (globals.h). Each has an exported variable, which is the main
 * thread's copy, an accessor __xmlName() that programs reach through the `xmlName` macro, and a
 * default for new threads that xmlThrDefName() sets. As in libxml2, the main thread (the one
 * that loaded the library) uses the exported variables; every other thread gets its own
 * copies, initialised from the thread defaults on first use.
 */
#define IN_LIBXML
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "libxml/globals.h"
#include "libxml/parser.h"
#include "libxml/xmlerror.h"
#include "libxml/xmlIO.h"

static pthread_t mainThread;
__attribute__((constructor)) static void rememberMainThread(void) { mainThread = pthread_self(); }
static int isMainThread(void) { return pthread_equal(mainThread, pthread_self()); }

void xmlGenericErrorDefaultFunc(void *ctx, const char *msg, ...) {
  (void) ctx;
  va_list args;
  va_start(args, msg);
  vfprintf(stderr, msg, args);
  va_end(args);
}

/* One setting: the exported variable, the default for new threads, the thread's copy. */
#define LIGNUM_SETTING(type, name, initial)                                                     \
  type name = initial;                                                                          \
  static type name##ThrDef = initial;                                                           \
  static _Thread_local int name##Ready;                                                         \
  static _Thread_local type name##Local;                                                        \
  type *__##name(void) {                                                                        \
    if (isMainThread()) return &name;                                                           \
    if (!name##Ready) { name##Local = name##ThrDef; name##Ready = 1; }                          \
    return &name##Local;                                                                        \
  }

/* A setting with an xmlThrDefName(value) setter that returns the previous default. */
#define LIGNUM_SETTING_THRDEF(type, name, initial, setter)                                      \
  LIGNUM_SETTING(type, name, initial)                                                           \
  type setter(type v) { type old = name##ThrDef; name##ThrDef = v; return old; }

LIGNUM_SETTING_THRDEF(xmlBufferAllocationScheme, xmlBufferAllocScheme, XML_BUFFER_ALLOC_EXACT, xmlThrDefBufferAllocScheme)
LIGNUM_SETTING_THRDEF(int, xmlDefaultBufferSize, 4096, xmlThrDefDefaultBufferSize)
LIGNUM_SETTING_THRDEF(int, xmlDoValidityCheckingDefaultValue, 0, xmlThrDefDoValidityCheckingDefaultValue)
LIGNUM_SETTING_THRDEF(int, xmlGetWarningsDefaultValue, 1, xmlThrDefGetWarningsDefaultValue)
LIGNUM_SETTING_THRDEF(int, xmlIndentTreeOutput, 1, xmlThrDefIndentTreeOutput)
LIGNUM_SETTING_THRDEF(const char *, xmlTreeIndentString, "  ", xmlThrDefTreeIndentString)
LIGNUM_SETTING_THRDEF(int, xmlKeepBlanksDefaultValue, 1, xmlThrDefKeepBlanksDefaultValue)
LIGNUM_SETTING_THRDEF(int, xmlLineNumbersDefaultValue, 0, xmlThrDefLineNumbersDefaultValue)
LIGNUM_SETTING_THRDEF(int, xmlLoadExtDtdDefaultValue, 0, xmlThrDefLoadExtDtdDefaultValue)
LIGNUM_SETTING_THRDEF(int, xmlParserDebugEntities, 0, xmlThrDefParserDebugEntities)
LIGNUM_SETTING_THRDEF(int, xmlPedanticParserDefaultValue, 0, xmlThrDefPedanticParserDefaultValue)
LIGNUM_SETTING_THRDEF(int, xmlSaveNoEmptyTags, 0, xmlThrDefSaveNoEmptyTags)
LIGNUM_SETTING_THRDEF(int, xmlSubstituteEntitiesDefaultValue, 0, xmlThrDefSubstituteEntitiesDefaultValue)
LIGNUM_SETTING(int, oldXMLWDcompatibility, 0)
LIGNUM_SETTING(const char *, xmlParserVersion, "20914")
LIGNUM_SETTING(xmlGenericErrorFunc, xmlGenericError, xmlGenericErrorDefaultFunc)
LIGNUM_SETTING(void *, xmlGenericErrorContext, NULL)
LIGNUM_SETTING(xmlStructuredErrorFunc, xmlStructuredError, NULL)
LIGNUM_SETTING(void *, xmlStructuredErrorContext, NULL)
LIGNUM_SETTING(xmlRegisterNodeFunc, xmlRegisterNodeDefaultValue, NULL)
LIGNUM_SETTING(xmlDeregisterNodeFunc, xmlDeregisterNodeDefaultValue, NULL)
LIGNUM_SETTING(xmlParserInputBufferCreateFilenameFunc, xmlParserInputBufferCreateFilenameValue, NULL)
LIGNUM_SETTING(xmlOutputBufferCreateFilenameFunc, xmlOutputBufferCreateFilenameValue, NULL)

/* The SAX handler and locator defaults: the SAX2 module that fills them is not built yet,
 * so they hold no callbacks. */
xmlSAXHandlerV1 xmlDefaultSAXHandler;
xmlSAXLocator xmlDefaultSAXLocator;
xmlSAXHandlerV1 htmlDefaultSAXHandler;
xmlSAXHandlerV1 docbDefaultSAXHandler;
xmlSAXHandlerV1 *__xmlDefaultSAXHandler(void) { return &xmlDefaultSAXHandler; }
xmlSAXLocator *__xmlDefaultSAXLocator(void) { return &xmlDefaultSAXLocator; }
xmlSAXHandlerV1 *__htmlDefaultSAXHandler(void) { return &htmlDefaultSAXHandler; }
xmlSAXHandlerV1 *__docbDefaultSAXHandler(void) { return &docbDefaultSAXHandler; }

/* The exported variable behind the xmlLastError macro; this thread's record is __xmlLastError(). */
xmlError xmlLastError;

void xmlSetGenericErrorFunc(void *ctx, xmlGenericErrorFunc handler) {
  *__xmlGenericErrorContext() = ctx;
  *__xmlGenericError() = handler != NULL ? handler : xmlGenericErrorDefaultFunc;
}

void initGenericErrorDefaultFunc(xmlGenericErrorFunc *handler) {
  *__xmlGenericError() = handler == NULL ? xmlGenericErrorDefaultFunc : *handler;
}

void xmlSetStructuredErrorFunc(void *ctx, xmlStructuredErrorFunc handler) {
  *__xmlStructuredErrorContext() = ctx;
  *__xmlStructuredError() = handler;
}

void xmlThrDefSetGenericErrorFunc(void *ctx, xmlGenericErrorFunc handler) {
  xmlGenericErrorContextThrDef = ctx;
  xmlGenericErrorThrDef = handler != NULL ? handler : xmlGenericErrorDefaultFunc;
}

void xmlThrDefSetStructuredErrorFunc(void *ctx, xmlStructuredErrorFunc handler) {
  xmlStructuredErrorContextThrDef = ctx;
  xmlStructuredErrorThrDef = handler;
}

/* Hands a parser diagnostic to the program: its structured handler if it set one (with this
 * thread's last error, which the caller filled; XML_PARSE_NOERROR does not silence it, as in
 * libxml2), else, when printText, the generic handler with the text. */
void lignumReportError(const char *text, int printText) {
  xmlStructuredErrorFunc structured = *__xmlStructuredError();
  if (structured != NULL) {
    structured(*__xmlStructuredErrorContext(), __xmlLastError());
    return;
  }
  xmlGenericErrorFunc generic = *__xmlGenericError();
  if (printText && text != NULL && generic != NULL) generic(*__xmlGenericErrorContext(), "%s", text);
}

/* Calls the program's global structured error handler with this thread's last error; whether
 * there was one. */
int lignumCallStructuredHandler(void) {
  xmlStructuredErrorFunc structured = *__xmlStructuredError();
  if (structured == NULL) return 0;
  structured(*__xmlStructuredErrorContext(), __xmlLastError());
  return 1;
}
