/*
 * The setters of libxml2's parser defaults (each returns the old value), compression mode,
 * entity-loader hooks, and the debugging allocator's entry points, which here are plain
 * allocation through the current hooks (this library keeps no allocation statistics).
 */
#define IN_LIBXML
#include <stdio.h>
#include <string.h>
#include "libxml/globals.h"
#include "libxml/parser.h"
#include "libxml/tree.h"
#include "libxml/xmlIO.h"
#include "libxml/xmlmemory.h"
#include "lignum_shim.h"

int xmlKeepBlanksDefault(int val) {
  int old = *__xmlKeepBlanksDefaultValue();
  *__xmlKeepBlanksDefaultValue() = val;
  if (!val) *__xmlIndentTreeOutput() = 1; /* libxml2 turns indentation on with it */
  return old;
}

int xmlLineNumbersDefault(int val) {
  int old = *__xmlLineNumbersDefaultValue();
  *__xmlLineNumbersDefaultValue() = val;
  return old;
}

int xmlPedanticParserDefault(int val) {
  int old = *__xmlPedanticParserDefaultValue();
  *__xmlPedanticParserDefaultValue() = val;
  return old;
}

int xmlSubstituteEntitiesDefault(int val) {
  int old = *__xmlSubstituteEntitiesDefaultValue();
  *__xmlSubstituteEntitiesDefaultValue() = val;
  return old;
}

/* Only the SAX2 interface exists; asking for version 1 is refused as libxml2 refuses others. */
int xmlSAXDefaultVersion(int version) {
  static _Thread_local int current = 2;
  int old = current;
  if (version != 1 && version != 2) return -1;
  current = version;
  return old;
}

/* Whether node registration callbacks were ever set (libxml2 exports the flag). */
int __xmlRegisterCallbacks = 0;

xmlRegisterNodeFunc xmlRegisterNodeDefault(xmlRegisterNodeFunc func) {
  xmlRegisterNodeFunc old = *__xmlRegisterNodeDefaultValue();
  __xmlRegisterCallbacks = 1;
  *__xmlRegisterNodeDefaultValue() = func;
  return old;
}

xmlDeregisterNodeFunc xmlDeregisterNodeDefault(xmlDeregisterNodeFunc func) {
  xmlDeregisterNodeFunc old = *__xmlDeregisterNodeDefaultValue();
  __xmlRegisterCallbacks = 1;
  *__xmlDeregisterNodeDefaultValue() = func;
  return old;
}

/* Compressed output is not supported; the level is kept for programs that read it back. */
static int compressMode = 0;
int xmlGetCompressMode(void) { return compressMode; }
void xmlSetCompressMode(int mode) { compressMode = mode < 0 ? 0 : mode > 9 ? 9 : mode; }

/* The entity loader: this library reads external entities itself and does not call the hook
 * yet; a program's loader is kept and handed back. The default refuses every load. */
xmlParserInputPtr xmlNoNetExternalEntityLoader(const char *URL, const char *ID, xmlParserCtxtPtr ctxt) {
  (void) URL; (void) ID; (void) ctxt;
  return NULL;
}
static xmlExternalEntityLoader entityLoader = xmlNoNetExternalEntityLoader;
void xmlSetExternalEntityLoader(xmlExternalEntityLoader f) {
  entityLoader = f != NULL ? f : xmlNoNetExternalEntityLoader;
}
xmlExternalEntityLoader xmlGetExternalEntityLoader(void) { return entityLoader; }

/* The debugging allocator: plain allocation, no statistics. */
int xmlInitMemory(void) { return 0; }
void xmlCleanupMemory(void) {}
int xmlMemUsed(void) { return 0; }
int xmlMemBlocks(void) { return 0; }
void xmlMemDisplay(FILE *fp) { (void) fp; }
void xmlMemShow(FILE *fp, int nr) { (void) fp; (void) nr; }
void xmlMemoryDump(void) {}
void *xmlMemMalloc(size_t size) { return xmlMalloc(size); }
void *xmlMemRealloc(void *ptr, size_t size) { return xmlRealloc(ptr, size); }
void xmlMemFree(void *ptr) { if (ptr != NULL) xmlFree(ptr); }
char *xmlMemoryStrdup(const char *str) { return xmlMemStrdup(str); }
void *xmlMallocLoc(size_t size, const char *file, int line) { (void) file; (void) line; return xmlMalloc(size); }
void *xmlMallocAtomicLoc(size_t size, const char *file, int line) { (void) file; (void) line; return xmlMallocAtomic(size); }
void *xmlReallocLoc(void *ptr, size_t size, const char *file, int line) { (void) file; (void) line; return xmlRealloc(ptr, size); }
char *xmlMemStrdupLoc(const char *str, const char *file, int line) { (void) file; (void) line; return xmlMemStrdup(str); }

/* Which optional parts this build has (xmlFeature values, parser.h). */
int xmlHasFeature(xmlFeature feature) {
  return feature == XML_WITH_THREAD || feature == XML_WITH_TREE || feature == XML_WITH_OUTPUT;
}
