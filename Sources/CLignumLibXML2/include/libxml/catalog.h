/*
 * Lignum's libxml2-compatible C interface: XML and SGML catalogs.
 */
#ifndef LIGNUM_LIBXML_CATALOG_H
#define LIGNUM_LIBXML_CATALOG_H

#include <stdio.h>
#include <libxml/xmlversion.h>
#include <libxml/xmlstring.h>
#include <libxml/tree.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Namespace of OASIS XML catalogs, and the processing instruction naming one. */
#define XML_CATALOGS_NAMESPACE (const xmlChar *) "urn:oasis:names:tc:entity:xmlns:xml:catalog"
#define XML_CATALOG_PI (const xmlChar *) "oasis-xml-catalog"

/* Which identifier wins when both are given. */
typedef enum {
    XML_CATA_PREFER_NONE   = 0,
    XML_CATA_PREFER_PUBLIC = 1,
    XML_CATA_PREFER_SYSTEM = 2
} xmlCatalogPrefer;

/* Which catalogs may be used. */
typedef enum {
    XML_CATA_ALLOW_NONE     = 0,
    XML_CATA_ALLOW_GLOBAL   = 1,
    XML_CATA_ALLOW_DOCUMENT = 2,
    XML_CATA_ALLOW_ALL      = 3
} xmlCatalogAllow;

/* A catalog; private. */
typedef struct _xmlCatalog xmlCatalog;
typedef xmlCatalog *xmlCatalogPtr;

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_CATALOG_H */
