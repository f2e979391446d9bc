/*
 * Lignum's libxml2-compatible C interface: the components of a compiled XML Schema.
 */
#ifndef LIGNUM_LIBXML_SCHEMASINTERNALS_H
#define LIGNUM_LIBXML_SCHEMASINTERNALS_H

#include <libxml/xmlversion.h>
#include <libxml/xmlregexp.h>
#include <libxml/hash.h>
#include <libxml/dict.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Built-in datatypes. */
typedef enum {
    XML_SCHEMAS_UNKNOWN       = 0,
    XML_SCHEMAS_STRING        = 1,
    XML_SCHEMAS_NORMSTRING    = 2,
    XML_SCHEMAS_DECIMAL       = 3,
    XML_SCHEMAS_TIME          = 4,
    XML_SCHEMAS_GDAY          = 5,
    XML_SCHEMAS_GMONTH        = 6,
    XML_SCHEMAS_GMONTHDAY     = 7,
    XML_SCHEMAS_GYEAR         = 8,
    XML_SCHEMAS_GYEARMONTH    = 9,
    XML_SCHEMAS_DATE          = 10,
    XML_SCHEMAS_DATETIME      = 11,
    XML_SCHEMAS_DURATION      = 12,
    XML_SCHEMAS_FLOAT         = 13,
    XML_SCHEMAS_DOUBLE        = 14,
    XML_SCHEMAS_BOOLEAN       = 15,
    XML_SCHEMAS_TOKEN         = 16,
    XML_SCHEMAS_LANGUAGE      = 17,
    XML_SCHEMAS_NMTOKEN       = 18,
    XML_SCHEMAS_NMTOKENS      = 19,
    XML_SCHEMAS_NAME          = 20,
    XML_SCHEMAS_QNAME         = 21,
    XML_SCHEMAS_NCNAME        = 22,
    XML_SCHEMAS_ID            = 23,
    XML_SCHEMAS_IDREF         = 24,
    XML_SCHEMAS_IDREFS        = 25,
    XML_SCHEMAS_ENTITY        = 26,
    XML_SCHEMAS_ENTITIES      = 27,
    XML_SCHEMAS_NOTATION      = 28,
    XML_SCHEMAS_ANYURI        = 29,
    XML_SCHEMAS_INTEGER       = 30,
    XML_SCHEMAS_NPINTEGER     = 31,
    XML_SCHEMAS_NINTEGER      = 32,
    XML_SCHEMAS_NNINTEGER     = 33,
    XML_SCHEMAS_PINTEGER      = 34,
    XML_SCHEMAS_INT           = 35,
    XML_SCHEMAS_UINT          = 36,
    XML_SCHEMAS_LONG          = 37,
    XML_SCHEMAS_ULONG         = 38,
    XML_SCHEMAS_SHORT         = 39,
    XML_SCHEMAS_USHORT        = 40,
    XML_SCHEMAS_BYTE          = 41,
    XML_SCHEMAS_UBYTE         = 42,
    XML_SCHEMAS_HEXBINARY     = 43,
    XML_SCHEMAS_BASE64BINARY  = 44,
    XML_SCHEMAS_ANYTYPE       = 45,
    XML_SCHEMAS_ANYSIMPLETYPE = 46
} xmlSchemaValType;

/* Kinds of schema component, including the facets. */
typedef enum {
    XML_SCHEMA_TYPE_BASIC            = 1,
    XML_SCHEMA_TYPE_ANY              = 2,
    XML_SCHEMA_TYPE_FACET            = 3,
    XML_SCHEMA_TYPE_SIMPLE           = 4,
    XML_SCHEMA_TYPE_COMPLEX          = 5,
    XML_SCHEMA_TYPE_SEQUENCE         = 6,
    XML_SCHEMA_TYPE_CHOICE           = 7,
    XML_SCHEMA_TYPE_ALL              = 8,
    XML_SCHEMA_TYPE_SIMPLE_CONTENT   = 9,
    XML_SCHEMA_TYPE_COMPLEX_CONTENT  = 10,
    XML_SCHEMA_TYPE_UR               = 11,
    XML_SCHEMA_TYPE_RESTRICTION      = 12,
    XML_SCHEMA_TYPE_EXTENSION        = 13,
    XML_SCHEMA_TYPE_ELEMENT          = 14,
    XML_SCHEMA_TYPE_ATTRIBUTE        = 15,
    XML_SCHEMA_TYPE_ATTRIBUTEGROUP   = 16,
    XML_SCHEMA_TYPE_GROUP            = 17,
    XML_SCHEMA_TYPE_NOTATION         = 18,
    XML_SCHEMA_TYPE_LIST             = 19,
    XML_SCHEMA_TYPE_UNION            = 20,
    XML_SCHEMA_TYPE_ANY_ATTRIBUTE    = 21,
    XML_SCHEMA_TYPE_IDC_UNIQUE       = 22,
    XML_SCHEMA_TYPE_IDC_KEY          = 23,
    XML_SCHEMA_TYPE_IDC_KEYREF       = 24,
    XML_SCHEMA_TYPE_PARTICLE         = 25,
    XML_SCHEMA_TYPE_ATTRIBUTE_USE    = 26,
    XML_SCHEMA_FACET_MININCLUSIVE    = 1000,
    XML_SCHEMA_FACET_MINEXCLUSIVE    = 1001,
    XML_SCHEMA_FACET_MAXINCLUSIVE    = 1002,
    XML_SCHEMA_FACET_MAXEXCLUSIVE    = 1003,
    XML_SCHEMA_FACET_TOTALDIGITS     = 1004,
    XML_SCHEMA_FACET_FRACTIONDIGITS  = 1005,
    XML_SCHEMA_FACET_PATTERN         = 1006,
    XML_SCHEMA_FACET_ENUMERATION     = 1007,
    XML_SCHEMA_FACET_WHITESPACE      = 1008,
    XML_SCHEMA_FACET_LENGTH          = 1009,
    XML_SCHEMA_FACET_MAXLENGTH       = 1010,
    XML_SCHEMA_FACET_MINLENGTH       = 1011,
    XML_SCHEMA_EXTRA_QNAMEREF        = 2000,
    XML_SCHEMA_EXTRA_ATTR_USE_PROHIB = 2001
} xmlSchemaTypeType;

/* Content types of complex types and elements. */
typedef enum {
    XML_SCHEMA_CONTENT_UNKNOWN           = 0,
    XML_SCHEMA_CONTENT_EMPTY             = 1,
    XML_SCHEMA_CONTENT_ELEMENTS          = 2,
    XML_SCHEMA_CONTENT_MIXED             = 3,
    XML_SCHEMA_CONTENT_SIMPLE            = 4,
    XML_SCHEMA_CONTENT_MIXED_OR_ELEMENTS = 5,
    XML_SCHEMA_CONTENT_BASIC             = 6,
    XML_SCHEMA_CONTENT_ANY               = 7
} xmlSchemaContentType;

/* A typed value; private. */
typedef struct _xmlSchemaVal xmlSchemaVal;
typedef xmlSchemaVal *xmlSchemaValPtr;

typedef struct _xmlSchemaType xmlSchemaType;
typedef xmlSchemaType *xmlSchemaTypePtr;

typedef struct _xmlSchemaFacet xmlSchemaFacet;
typedef xmlSchemaFacet *xmlSchemaFacetPtr;

/* An annotation: the xs:annotation element it came from. */
typedef struct _xmlSchemaAnnot xmlSchemaAnnot;
typedef xmlSchemaAnnot *xmlSchemaAnnotPtr;
struct _xmlSchemaAnnot {
    struct _xmlSchemaAnnot *next;
    xmlNodePtr content;
};

/* processContents of an attribute wildcard. */
#define XML_SCHEMAS_ANYATTR_SKIP   1
#define XML_SCHEMAS_ANYATTR_LAX    2
#define XML_SCHEMAS_ANYATTR_STRICT 3

/* Values of the use of an attribute. */
#define XML_SCHEMAS_ATTR_USE_PROHIBITED 0
#define XML_SCHEMAS_ATTR_USE_REQUIRED   1
#define XML_SCHEMAS_ATTR_USE_OPTIONAL   2

/* Bits of the flags of an attribute declaration. */
#define XML_SCHEMAS_ATTR_GLOBAL            (1 << 0)
#define XML_SCHEMAS_ATTR_NSDEFAULT         (1 << 7)
#define XML_SCHEMAS_ATTR_INTERNAL_RESOLVED (1 << 8)
#define XML_SCHEMAS_ATTR_FIXED             (1 << 9)

/* An attribute declaration. */
typedef struct _xmlSchemaAttribute xmlSchemaAttribute;
typedef xmlSchemaAttribute *xmlSchemaAttributePtr;
struct _xmlSchemaAttribute {
    xmlSchemaTypeType type;
    struct _xmlSchemaAttribute *next;
    const xmlChar *name;
    const xmlChar *id;
    const xmlChar *ref;
    const xmlChar *refNs;
    const xmlChar *typeName;
    const xmlChar *typeNs;
    xmlSchemaAnnotPtr annot;
    xmlSchemaTypePtr base;
    int occurs;
    const xmlChar *defValue;
    xmlSchemaTypePtr subtypes;
    xmlNodePtr node;
    const xmlChar *targetNamespace;
    int flags;
    const xmlChar *refPrefix;
    xmlSchemaValPtr defVal;
    xmlSchemaAttributePtr refDecl;
};

/* A list of attribute declarations. */
typedef struct _xmlSchemaAttributeLink xmlSchemaAttributeLink;
typedef xmlSchemaAttributeLink *xmlSchemaAttributeLinkPtr;
struct _xmlSchemaAttributeLink {
    struct _xmlSchemaAttributeLink *next;
    struct _xmlSchemaAttribute *attr;
};

/* Set when a wildcard is complete. */
#define XML_SCHEMAS_WILDCARD_COMPLETE (1 << 0)

/* A namespace named by a wildcard. */
typedef struct _xmlSchemaWildcardNs xmlSchemaWildcardNs;
typedef xmlSchemaWildcardNs *xmlSchemaWildcardNsPtr;
struct _xmlSchemaWildcardNs {
    struct _xmlSchemaWildcardNs *next;
    const xmlChar *value;
};

/* A wildcard (xs:any or xs:anyAttribute). */
typedef struct _xmlSchemaWildcard xmlSchemaWildcard;
typedef xmlSchemaWildcard *xmlSchemaWildcardPtr;
struct _xmlSchemaWildcard {
    xmlSchemaTypeType type;
    const xmlChar *id;
    xmlSchemaAnnotPtr annot;
    xmlNodePtr node;
    int minOccurs;
    int maxOccurs;
    int processContents;
    int any;
    xmlSchemaWildcardNsPtr nsSet;
    xmlSchemaWildcardNsPtr negNsSet;
    int flags;
};

/* Bits of the flags of an attribute group. */
#define XML_SCHEMAS_ATTRGROUP_WILDCARD_BUILDED (1 << 0)
#define XML_SCHEMAS_ATTRGROUP_GLOBAL           (1 << 1)
#define XML_SCHEMAS_ATTRGROUP_MARKED           (1 << 2)
#define XML_SCHEMAS_ATTRGROUP_REDEFINED        (1 << 3)
#define XML_SCHEMAS_ATTRGROUP_HAS_REFS         (1 << 4)

/* An attribute group definition. */
typedef struct _xmlSchemaAttributeGroup xmlSchemaAttributeGroup;
typedef xmlSchemaAttributeGroup *xmlSchemaAttributeGroupPtr;
struct _xmlSchemaAttributeGroup {
    xmlSchemaTypeType type;
    struct _xmlSchemaAttribute *next;
    const xmlChar *name;
    const xmlChar *id;
    const xmlChar *ref;
    const xmlChar *refNs;
    xmlSchemaAnnotPtr annot;
    xmlSchemaAttributePtr attributes;
    xmlNodePtr node;
    int flags;
    xmlSchemaWildcardPtr attributeWildcard;
    const xmlChar *refPrefix;
    xmlSchemaAttributeGroupPtr refItem;
    const xmlChar *targetNamespace;
    void *attrUses;
};

/* A list of types (the members of a union). */
typedef struct _xmlSchemaTypeLink xmlSchemaTypeLink;
typedef xmlSchemaTypeLink *xmlSchemaTypeLinkPtr;
struct _xmlSchemaTypeLink {
    struct _xmlSchemaTypeLink *next;
    xmlSchemaTypePtr type;
};

/* A list of facets. */
typedef struct _xmlSchemaFacetLink xmlSchemaFacetLink;
typedef xmlSchemaFacetLink *xmlSchemaFacetLinkPtr;
struct _xmlSchemaFacetLink {
    struct _xmlSchemaFacetLink *next;
    xmlSchemaFacetPtr facet;
};

/* Bits of the flags of a type definition. */
#define XML_SCHEMAS_TYPE_MIXED                         (1 << 0)
#define XML_SCHEMAS_TYPE_DERIVATION_METHOD_EXTENSION   (1 << 1)
#define XML_SCHEMAS_TYPE_DERIVATION_METHOD_RESTRICTION (1 << 2)
#define XML_SCHEMAS_TYPE_GLOBAL                        (1 << 3)
#define XML_SCHEMAS_TYPE_OWNED_ATTR_WILDCARD           (1 << 4)
#define XML_SCHEMAS_TYPE_VARIETY_ABSENT                (1 << 5)
#define XML_SCHEMAS_TYPE_VARIETY_LIST                  (1 << 6)
#define XML_SCHEMAS_TYPE_VARIETY_UNION                 (1 << 7)
#define XML_SCHEMAS_TYPE_VARIETY_ATOMIC                (1 << 8)
#define XML_SCHEMAS_TYPE_FINAL_EXTENSION               (1 << 9)
#define XML_SCHEMAS_TYPE_FINAL_RESTRICTION             (1 << 10)
#define XML_SCHEMAS_TYPE_FINAL_LIST                    (1 << 11)
#define XML_SCHEMAS_TYPE_FINAL_UNION                   (1 << 12)
#define XML_SCHEMAS_TYPE_FINAL_DEFAULT                 (1 << 13)
#define XML_SCHEMAS_TYPE_BUILTIN_PRIMITIVE             (1 << 14)
#define XML_SCHEMAS_TYPE_MARKED                        (1 << 16)
#define XML_SCHEMAS_TYPE_BLOCK_DEFAULT                 (1 << 17)
#define XML_SCHEMAS_TYPE_BLOCK_EXTENSION               (1 << 18)
#define XML_SCHEMAS_TYPE_BLOCK_RESTRICTION             (1 << 19)
#define XML_SCHEMAS_TYPE_ABSTRACT                      (1 << 20)
#define XML_SCHEMAS_TYPE_FACETSNEEDVALUE               (1 << 21)
#define XML_SCHEMAS_TYPE_INTERNAL_RESOLVED             (1 << 22)
#define XML_SCHEMAS_TYPE_INTERNAL_INVALID              (1 << 23)
#define XML_SCHEMAS_TYPE_WHITESPACE_PRESERVE           (1 << 24)
#define XML_SCHEMAS_TYPE_WHITESPACE_REPLACE            (1 << 25)
#define XML_SCHEMAS_TYPE_WHITESPACE_COLLAPSE           (1 << 26)
#define XML_SCHEMAS_TYPE_HAS_FACETS                    (1 << 27)
#define XML_SCHEMAS_TYPE_NORMVALUENEEDED               (1 << 28)
#define XML_SCHEMAS_TYPE_FIXUP_1                       (1 << 29)
#define XML_SCHEMAS_TYPE_REDEFINED                     (1 << 30)

/* A simple or complex type definition. */
struct _xmlSchemaType {
    xmlSchemaTypeType type;
    struct _xmlSchemaType *next;
    const xmlChar *name;
    const xmlChar *id;
    const xmlChar *ref;
    const xmlChar *refNs;
    xmlSchemaAnnotPtr annot;
    xmlSchemaTypePtr subtypes;
    xmlSchemaAttributePtr attributes;
    xmlNodePtr node;
    int minOccurs;
    int maxOccurs;
    int flags;
    xmlSchemaContentType contentType;
    const xmlChar *base;
    const xmlChar *baseNs;
    xmlSchemaTypePtr baseType;
    xmlSchemaFacetPtr facets;
    struct _xmlSchemaType *redef;
    int recurse;
    xmlSchemaAttributeLinkPtr *attributeUses;
    xmlSchemaWildcardPtr attributeWildcard;
    int builtInType;
    xmlSchemaTypeLinkPtr memberTypes;
    xmlSchemaFacetLinkPtr facetSet;
    const xmlChar *refPrefix;
    xmlSchemaTypePtr contentTypeDef;
    xmlRegexpPtr contModel;
    const xmlChar *targetNamespace;
    void *attrUses;
};

/* Bits of the flags of an element declaration. */
#define XML_SCHEMAS_ELEM_NILLABLE           (1 << 0)
#define XML_SCHEMAS_ELEM_GLOBAL             (1 << 1)
#define XML_SCHEMAS_ELEM_DEFAULT            (1 << 2)
#define XML_SCHEMAS_ELEM_FIXED              (1 << 3)
#define XML_SCHEMAS_ELEM_ABSTRACT           (1 << 4)
#define XML_SCHEMAS_ELEM_TOPLEVEL           (1 << 5)
#define XML_SCHEMAS_ELEM_REF                (1 << 6)
#define XML_SCHEMAS_ELEM_NSDEFAULT          (1 << 7)
#define XML_SCHEMAS_ELEM_INTERNAL_RESOLVED  (1 << 8)
#define XML_SCHEMAS_ELEM_CIRCULAR           (1 << 9)
#define XML_SCHEMAS_ELEM_BLOCK_ABSENT       (1 << 10)
#define XML_SCHEMAS_ELEM_BLOCK_EXTENSION    (1 << 11)
#define XML_SCHEMAS_ELEM_BLOCK_RESTRICTION  (1 << 12)
#define XML_SCHEMAS_ELEM_BLOCK_SUBSTITUTION (1 << 13)
#define XML_SCHEMAS_ELEM_FINAL_ABSENT       (1 << 14)
#define XML_SCHEMAS_ELEM_FINAL_EXTENSION    (1 << 15)
#define XML_SCHEMAS_ELEM_FINAL_RESTRICTION  (1 << 16)
#define XML_SCHEMAS_ELEM_SUBST_GROUP_HEAD   (1 << 17)
#define XML_SCHEMAS_ELEM_INTERNAL_CHECKED   (1 << 18)

/* An element declaration. */
typedef struct _xmlSchemaElement xmlSchemaElement;
typedef xmlSchemaElement *xmlSchemaElementPtr;
struct _xmlSchemaElement {
    xmlSchemaTypeType type;
    struct _xmlSchemaType *next;
    const xmlChar *name;
    const xmlChar *id;
    const xmlChar *ref;
    const xmlChar *refNs;
    xmlSchemaAnnotPtr annot;
    xmlSchemaTypePtr subtypes;
    xmlSchemaAttributePtr attributes;
    xmlNodePtr node;
    int minOccurs;
    int maxOccurs;
    int flags;
    const xmlChar *targetNamespace;
    const xmlChar *namedType;
    const xmlChar *namedTypeNs;
    const xmlChar *substGroup;
    const xmlChar *substGroupNs;
    const xmlChar *scope;
    const xmlChar *value;
    struct _xmlSchemaElement *refDecl;
    xmlRegexpPtr contModel;
    xmlSchemaContentType contentType;
    const xmlChar *refPrefix;
    xmlSchemaValPtr defVal;
    void *idcs;
};

/* Whitespace handling of a facet. */
#define XML_SCHEMAS_FACET_UNKNOWN  0
#define XML_SCHEMAS_FACET_PRESERVE 1
#define XML_SCHEMAS_FACET_REPLACE  2
#define XML_SCHEMAS_FACET_COLLAPSE 3

/* A facet of a simple type. */
struct _xmlSchemaFacet {
    xmlSchemaTypeType type;
    struct _xmlSchemaFacet *next;
    const xmlChar *value;
    const xmlChar *id;
    xmlSchemaAnnotPtr annot;
    xmlNodePtr node;
    int fixed;
    int whitespace;
    xmlSchemaValPtr val;
    xmlRegexpPtr regexp;
};

/* A notation declaration. */
typedef struct _xmlSchemaNotation xmlSchemaNotation;
typedef xmlSchemaNotation *xmlSchemaNotationPtr;
struct _xmlSchemaNotation {
    xmlSchemaTypeType type;
    const xmlChar *name;
    xmlSchemaAnnotPtr annot;
    const xmlChar *identifier;
    const xmlChar *targetNamespace;
};

/* Bits of the flags of a schema. */
#define XML_SCHEMAS_QUALIF_ELEM                (1 << 0)
#define XML_SCHEMAS_QUALIF_ATTR                (1 << 1)
#define XML_SCHEMAS_FINAL_DEFAULT_EXTENSION    (1 << 2)
#define XML_SCHEMAS_FINAL_DEFAULT_RESTRICTION  (1 << 3)
#define XML_SCHEMAS_FINAL_DEFAULT_LIST         (1 << 4)
#define XML_SCHEMAS_FINAL_DEFAULT_UNION        (1 << 5)
#define XML_SCHEMAS_BLOCK_DEFAULT_EXTENSION    (1 << 6)
#define XML_SCHEMAS_BLOCK_DEFAULT_RESTRICTION  (1 << 7)
#define XML_SCHEMAS_BLOCK_DEFAULT_SUBSTITUTION (1 << 8)
#define XML_SCHEMAS_INCLUDING_CONVERT_NS       (1 << 9)

/* processContents of an element wildcard. */
#define XML_SCHEMAS_ANY_SKIP   1
#define XML_SCHEMAS_ANY_LAX    2
#define XML_SCHEMAS_ANY_STRICT 3

/* A compiled schema. */
struct _xmlSchema {
    const xmlChar *name;
    const xmlChar *targetNamespace;
    const xmlChar *version;
    const xmlChar *id;
    xmlDocPtr doc;
    xmlSchemaAnnotPtr annot;
    int flags;
    xmlHashTablePtr typeDecl;
    xmlHashTablePtr attrDecl;
    xmlHashTablePtr attrgrpDecl;
    xmlHashTablePtr elemDecl;
    xmlHashTablePtr notaDecl;
    xmlHashTablePtr schemasImports;
    void *_private;
    xmlHashTablePtr groupDecl;
    xmlDictPtr dict;
    void *includes;
    int preserve;
    int counter;
    xmlHashTablePtr idcDef;
    void *volatiles;
};

/* Releasing schema components. */
XMLPUBFUN void XMLCALL xmlSchemaFreeType(xmlSchemaTypePtr type);
XMLPUBFUN void XMLCALL xmlSchemaFreeWildcard(xmlSchemaWildcardPtr wildcard);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_SCHEMASINTERNALS_H */
