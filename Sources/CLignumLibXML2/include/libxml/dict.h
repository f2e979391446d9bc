/*
 * Lignum's libxml2-compatible C interface: string dictionaries (interned names).
 */
#ifndef LIGNUM_LIBXML_DICT_H
#define LIGNUM_LIBXML_DICT_H

/* Member of the core group of headers; globals.h explains the two marker macros. */
#ifndef LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_OUTER_DICT
#endif

#include <limits.h>
#include <libxml/xmlversion.h>
#include <libxml/xmlstring.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A set of interned strings; private. */
typedef struct _xmlDict xmlDict;
typedef xmlDict *xmlDictPtr;

#ifdef __cplusplus
}
#endif

#ifdef LIGNUM_LIBXML_CORE_OUTER_DICT
#undef LIGNUM_LIBXML_CORE_OUTER_DICT
#undef LIGNUM_LIBXML_CORE_BUSY
#include <libxml/globals.h>
#endif

#endif /* LIGNUM_LIBXML_DICT_H */

/*
 * The functions of this header, declared once every type of the core group is defined
 * (globals.h explains when).
 */
#if !defined(LIGNUM_LIBXML_CORE_BUSY) && !defined(LIGNUM_LIBXML_DICT_FUNCTIONS)
#define LIGNUM_LIBXML_DICT_FUNCTIONS

#ifdef __cplusplus
extern "C" {
#endif

/* Creating, sharing and releasing dictionaries. */
XMLPUBFUN int XMLCALL xmlInitializeDict(void);
XMLPUBFUN xmlDictPtr XMLCALL xmlDictCreate(void);
XMLPUBFUN size_t XMLCALL xmlDictSetLimit(xmlDictPtr dict, size_t limit);
XMLPUBFUN size_t XMLCALL xmlDictGetUsage(xmlDictPtr dict);
XMLPUBFUN xmlDictPtr XMLCALL xmlDictCreateSub(xmlDictPtr sub);
XMLPUBFUN int XMLCALL xmlDictReference(xmlDictPtr dict);
XMLPUBFUN void XMLCALL xmlDictFree(xmlDictPtr dict);

/* Interning and finding strings. */
XMLPUBFUN const xmlChar *XMLCALL xmlDictLookup(xmlDictPtr dict, const xmlChar *name, int len);
XMLPUBFUN const xmlChar *XMLCALL xmlDictExists(xmlDictPtr dict, const xmlChar *name, int len);
XMLPUBFUN const xmlChar *XMLCALL xmlDictQLookup(xmlDictPtr dict, const xmlChar *prefix,
                                                const xmlChar *name);
XMLPUBFUN int XMLCALL xmlDictOwns(xmlDictPtr dict, const xmlChar *str);
XMLPUBFUN int XMLCALL xmlDictSize(xmlDictPtr dict);

/* Releasing the dictionary module's global state. */
XMLPUBFUN void XMLCALL xmlDictCleanup(void);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_DICT_FUNCTIONS */
