/*
 * Lignum's libxml2-compatible C interface: entity declarations.
 */
#ifndef LIGNUM_LIBXML_ENTITIES_H
#define LIGNUM_LIBXML_ENTITIES_H

/* Member of the core group of headers; globals.h explains the two marker macros. */
#ifndef LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_BUSY
#define LIGNUM_LIBXML_CORE_OUTER_ENTITIES
#endif

#include <libxml/xmlversion.h>
#include <libxml/tree.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Kind of entity. */
typedef enum {
    XML_INTERNAL_GENERAL_ENTITY          = 1,
    XML_EXTERNAL_GENERAL_PARSED_ENTITY   = 2,
    XML_EXTERNAL_GENERAL_UNPARSED_ENTITY = 3,
    XML_INTERNAL_PARAMETER_ENTITY        = 4,
    XML_EXTERNAL_PARAMETER_ENTITY        = 5,
    XML_INTERNAL_PREDEFINED_ENTITY       = 6
} xmlEntityType;

/* A declared (or predefined) entity. Its first fields line up with those of xmlNode. */
struct _xmlEntity {
    void *_private;
    xmlElementType type;              /* XML_ENTITY_DECL */
    const xmlChar *name;
    struct _xmlNode *children;        /* the replacement text, parsed */
    struct _xmlNode *last;
    struct _xmlDtd *parent;
    struct _xmlNode *next;
    struct _xmlNode *prev;
    struct _xmlDoc *doc;
    xmlChar *orig;                    /* the value as written */
    xmlChar *content;                 /* the replacement text */
    int length;                       /* bytes in content */
    xmlEntityType etype;
    const xmlChar *ExternalID;
    const xmlChar *SystemID;
    struct _xmlEntity *nexte;         /* next entity in the same hash bucket */
    const xmlChar *URI;               /* resolved system identifier */
    int owner;                        /* nonzero when children belong to the entity */
    int checked;                      /* parser bookkeeping for entity expansion */
};

/* The table of a DTD's entities is a hash table. */
typedef struct _xmlHashTable xmlEntitiesTable;
typedef xmlEntitiesTable *xmlEntitiesTablePtr;

#ifdef __cplusplus
}
#endif

#ifdef LIGNUM_LIBXML_CORE_OUTER_ENTITIES
#undef LIGNUM_LIBXML_CORE_OUTER_ENTITIES
#undef LIGNUM_LIBXML_CORE_BUSY
#include <libxml/globals.h>
#endif

#endif /* LIGNUM_LIBXML_ENTITIES_H */

/*
 * The functions of this header, declared once every type of the core group is defined
 * (globals.h explains when).
 */
#if !defined(LIGNUM_LIBXML_CORE_BUSY) && !defined(LIGNUM_LIBXML_ENTITIES_FUNCTIONS)
#define LIGNUM_LIBXML_ENTITIES_FUNCTIONS

#ifdef __cplusplus
extern "C" {
#endif

/* Entity declarations: creating, adding and looking up. */
XMLPUBFUN void XMLCALL xmlInitializePredefinedEntities(void);
XMLPUBFUN xmlEntityPtr XMLCALL xmlNewEntity(xmlDocPtr doc, const xmlChar *name, int type,
                                            const xmlChar *ExternalID, const xmlChar *SystemID,
                                            const xmlChar *content);
XMLPUBFUN xmlEntityPtr XMLCALL xmlAddDocEntity(xmlDocPtr doc, const xmlChar *name, int type,
                                               const xmlChar *ExternalID, const xmlChar *SystemID,
                                               const xmlChar *content);
XMLPUBFUN xmlEntityPtr XMLCALL xmlAddDtdEntity(xmlDocPtr doc, const xmlChar *name, int type,
                                               const xmlChar *ExternalID, const xmlChar *SystemID,
                                               const xmlChar *content);
XMLPUBFUN xmlEntityPtr XMLCALL xmlGetPredefinedEntity(const xmlChar *name);
XMLPUBFUN xmlEntityPtr XMLCALL xmlGetDocEntity(const xmlDoc *doc, const xmlChar *name);
XMLPUBFUN xmlEntityPtr XMLCALL xmlGetDtdEntity(xmlDocPtr doc, const xmlChar *name);
XMLPUBFUN xmlEntityPtr XMLCALL xmlGetParameterEntity(xmlDocPtr doc, const xmlChar *name);

/* Escaping text for output. */
XMLPUBFUN const xmlChar *XMLCALL xmlEncodeEntities(xmlDocPtr doc, const xmlChar *input);
XMLPUBFUN xmlChar *XMLCALL xmlEncodeEntitiesReentrant(xmlDocPtr doc, const xmlChar *input);
XMLPUBFUN xmlChar *XMLCALL xmlEncodeSpecialChars(const xmlDoc *doc, const xmlChar *input);

/* Entity tables: creating, copying, freeing and dumping. */
XMLPUBFUN xmlEntitiesTablePtr XMLCALL xmlCreateEntitiesTable(void);
XMLPUBFUN xmlEntitiesTablePtr XMLCALL xmlCopyEntitiesTable(xmlEntitiesTablePtr table);
XMLPUBFUN void XMLCALL xmlFreeEntitiesTable(xmlEntitiesTablePtr table);
XMLPUBFUN void XMLCALL xmlDumpEntitiesTable(xmlBufferPtr buf, xmlEntitiesTablePtr table);
XMLPUBFUN void XMLCALL xmlDumpEntityDecl(xmlBufferPtr buf, xmlEntityPtr ent);

/* Legacy cleanup of the predefined entities. */
XMLPUBFUN void XMLCALL xmlCleanupPredefinedEntities(void);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_ENTITIES_FUNCTIONS */
