/*
 * The five predefined entities of XML 1.0 §4.6 as libxml2 hands them out from
 * xmlGetPredefinedEntity: static xmlEntity structs (never freed), of type
 * XML_INTERNAL_PREDEFINED_ENTITY, whose replacement text and literal are the character.
 */
#include <string.h>
#include "libxml/entities.h"

#define LIGNUM_PREDEFINED(var, name, text) \
    static xmlEntity var = { NULL, XML_ENTITY_DECL, (const xmlChar *) name, NULL, NULL, NULL, NULL, NULL, NULL, \
                             (xmlChar *) text, (xmlChar *) text, 1, XML_INTERNAL_PREDEFINED_ENTITY, \
                             NULL, NULL, NULL, NULL, 0, 1 }

LIGNUM_PREDEFINED(lignumEntityLt, "lt", "<");
LIGNUM_PREDEFINED(lignumEntityGt, "gt", ">");
LIGNUM_PREDEFINED(lignumEntityAmp, "amp", "&");
LIGNUM_PREDEFINED(lignumEntityQuot, "quot", "\"");
LIGNUM_PREDEFINED(lignumEntityApos, "apos", "'");

xmlEntityPtr xmlGetPredefinedEntity(const xmlChar *name) {
    if (name == NULL) return NULL;
    const char *n = (const char *) name;
    if (strcmp(n, "lt") == 0) return &lignumEntityLt;
    if (strcmp(n, "gt") == 0) return &lignumEntityGt;
    if (strcmp(n, "amp") == 0) return &lignumEntityAmp;
    if (strcmp(n, "quot") == 0) return &lignumEntityQuot;
    if (strcmp(n, "apos") == 0) return &lignumEntityApos;
    return NULL;
}
