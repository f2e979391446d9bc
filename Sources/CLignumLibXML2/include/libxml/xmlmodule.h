/*
 * Lignum's libxml2-compatible C interface: dynamically loaded modules.
 */
#ifndef LIGNUM_LIBXML_XMLMODULE_H
#define LIGNUM_LIBXML_XMLMODULE_H

#include <libxml/xmlversion.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A loaded module; private. */
typedef struct _xmlModule xmlModule;
typedef xmlModule *xmlModulePtr;

/* How a module is loaded. */
typedef enum {
    XML_MODULE_LAZY  = 1,
    XML_MODULE_LOCAL = 2
} xmlModuleOption;

/* Loading shared libraries and finding symbols in them. */
XMLPUBFUN xmlModulePtr XMLCALL xmlModuleOpen(const char *filename, int options);
XMLPUBFUN int XMLCALL xmlModuleSymbol(xmlModulePtr module, const char *name, void **result);
XMLPUBFUN int XMLCALL xmlModuleClose(xmlModulePtr module);
XMLPUBFUN int XMLCALL xmlModuleFree(xmlModulePtr module);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_XMLMODULE_H */
