/*
 * Not part of libxml2's API: what the Swift side of Lignum's C library calls in globals.c.
 * Not installed with the libxml headers.
 */
#ifndef LIGNUM_SHIM_H
#define LIGNUM_SHIM_H
#include <stddef.h>

/* Allocate, resize and free through the hooks a program set with xmlMemSetup. */
void *lignumMalloc(size_t size);
void *lignumRealloc(void *block, size_t size);
void lignumFree(void *block);

/* The static names of text and comment nodes (never freed: libxml2 compares the pointers). */
const unsigned char *lignumStringText(void);
const unsigned char *lignumStringTextNoenc(void);
const unsigned char *lignumStringComment(void);

/* Replaces this thread's last error (xmlGetLastError) with a copy of these values. */
void lignumSetLastError(int domain, int code, int level, const char *file, int line, int column,
                        const char *message);

/* Hands a diagnostic to the program's structured error handler (with the last error) or, when
 * printText, its generic handler (with `text`), as libxml2's parser does. */
void lignumReportError(const char *text, int printText);
/* Points the thread's last error at a stand-in parser context whose input is the error's line. */
void lignumSetErrorSource(const char *line, int column);

/* Calls the global structured error handler (xmlSetStructuredErrorFunc) with the last error;
 * 1 if there was one, else 0. */
int lignumCallStructuredHandler(void);

/* Records "FUNCTION is not implemented in Lignum yet" as this thread's last error. */
void lignumUnimplemented(const char *function);

/* Calls sax->fatalError(ctx, "%s", text) if the handler has one. */
struct _xmlSAXHandler;
void lignumSAXFatalError(struct _xmlSAXHandler *sax, void *ctx, const char *text);
/* Calls sax->warning(ctx, "%s", text) if the handler has one. */
void lignumSAXWarning(struct _xmlSAXHandler *sax, void *ctx, const char *text);
/* Sets the default error callbacks (xmlParserWarning, xmlParserError) on a handler. */
void lignumSetDefaultSAXErrorHandlers(struct _xmlSAXHandler *sax);

/* The input line of the event being delivered to SAX callbacks on this thread (node->line). */
void lignumSetSAXLine(int line);
int lignumSAXLine(void);

#endif
