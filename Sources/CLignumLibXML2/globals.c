/*
 * The data symbols of libxml2's ABI that programs bind by address or by copy relocation, and
 * the memory hooks behind them. Swift cannot define an initialised C variable of a given size,
 * so they live here; everything with behaviour is in the Swift module LignumLibXML2.
 */
#define IN_LIBXML
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "libxml/xmlmemory.h"
#include "libxml/xmlstring.h"

/* xmlStrdup is exported by the Swift side; the C-string duplicator hook starts as it. */
extern xmlChar *xmlStrdup(const xmlChar *cur);

static char *lignumDefaultStrdup(const char *s) { return (char *) xmlStrdup((const xmlChar *) s); }

/* The allocator every string and struct of a tree comes from; programs may replace it with
 * xmlMemSetup before the first parse, and free what they get with xmlFree. */
xmlFreeFunc xmlFree = free;
xmlMallocFunc xmlMalloc = malloc;
xmlMallocFunc xmlMallocAtomic = malloc;
xmlReallocFunc xmlRealloc = realloc;
xmlStrdupFunc xmlMemStrdup = lignumDefaultStrdup;

int xmlGcMemSetup(xmlFreeFunc freeFunc, xmlMallocFunc mallocFunc, xmlMallocFunc mallocAtomicFunc,
                  xmlReallocFunc reallocFunc, xmlStrdupFunc strdupFunc) {
  if (freeFunc == NULL || mallocFunc == NULL || mallocAtomicFunc == NULL || reallocFunc == NULL ||
      strdupFunc == NULL) return -1;
  xmlFree = freeFunc;
  xmlMalloc = mallocFunc;
  xmlMallocAtomic = mallocAtomicFunc;
  xmlRealloc = reallocFunc;
  xmlMemStrdup = strdupFunc;
  return 0;
}

int xmlGcMemGet(xmlFreeFunc *freeFunc, xmlMallocFunc *mallocFunc, xmlMallocFunc *mallocAtomicFunc,
                xmlReallocFunc *reallocFunc, xmlStrdupFunc *strdupFunc) {
  if (freeFunc != NULL) *freeFunc = xmlFree;
  if (mallocFunc != NULL) *mallocFunc = xmlMalloc;
  if (mallocAtomicFunc != NULL) *mallocAtomicFunc = xmlMallocAtomic;
  if (reallocFunc != NULL) *reallocFunc = xmlRealloc;
  if (strdupFunc != NULL) *strdupFunc = xmlMemStrdup;
  return 0;
}

int xmlMemSetup(xmlFreeFunc freeFunc, xmlMallocFunc mallocFunc, xmlReallocFunc reallocFunc,
                xmlStrdupFunc strdupFunc) {
  return xmlGcMemSetup(freeFunc, mallocFunc, mallocFunc, reallocFunc, strdupFunc);
}

int xmlMemGet(xmlFreeFunc *freeFunc, xmlMallocFunc *mallocFunc, xmlReallocFunc *reallocFunc,
              xmlStrdupFunc *strdupFunc) {
  return xmlGcMemGet(freeFunc, mallocFunc, NULL, reallocFunc, strdupFunc);
}

/* Calls through the current hooks, for Swift (which cannot call a C function-pointer variable
 * that a program may change without reading it again each time). */
void *lignumMalloc(size_t size) { return xmlMalloc(size); }
void *lignumRealloc(void *block, size_t size) { return xmlRealloc(block, size); }
void lignumFree(void *block) { if (block != NULL) xmlFree(block); }


/* Names libxml2 gives text and comment nodes; programs compare node->name against them. */
const xmlChar xmlStringText[] = { 't', 'e', 'x', 't', 0 };
const xmlChar xmlStringTextNoenc[] = { 't', 'e', 'x', 't', 'n', 'o', 'e', 'n', 'c', 0 };
const xmlChar xmlStringComment[] = { 'c', 'o', 'm', 'm', 'e', 'n', 't', 0 };

/* XPath's special numbers. */
double xmlXPathNAN = NAN;
double xmlXPathPINF = INFINITY;
double xmlXPathNINF = -INFINITY;

/* The nesting limit without XML_PARSE_HUGE, as libxml2 2.9.14 has it. */
unsigned int xmlParserMaxDepth = 256;

const xmlChar *lignumStringText(void) { return xmlStringText; }
const xmlChar *lignumStringTextNoenc(void) { return xmlStringTextNoenc; }
const xmlChar *lignumStringComment(void) { return xmlStringComment; }
