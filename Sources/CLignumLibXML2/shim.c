/*
 * The one C source of the CLignumLibXML2 target (SwiftPM needs at least one per C target).
 * For now it only includes the headers; the library's data symbols (xmlFree, xmlMalloc,
 * xmlParserVersion, xmlDefaultSAXHandler and the other exported variables) will live here.
 */
#include "libxml/tree.h"
