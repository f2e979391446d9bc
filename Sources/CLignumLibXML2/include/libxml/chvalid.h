/*
 * Lignum's libxml2-compatible C interface: tables of character ranges.
 */
#ifndef LIGNUM_LIBXML_CHVALID_H
#define LIGNUM_LIBXML_CHVALID_H

#include <libxml/xmlversion.h>
#include <libxml/xmlstring.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A range of characters below U+10000. */
typedef struct _xmlChSRange xmlChSRange;
typedef xmlChSRange *xmlChSRangePtr;
struct _xmlChSRange {
    unsigned short low;
    unsigned short high;
};

/* A range of characters anywhere in Unicode. */
typedef struct _xmlChLRange xmlChLRange;
typedef xmlChLRange *xmlChLRangePtr;
struct _xmlChLRange {
    unsigned int low;
    unsigned int high;
};

/* Sorted short and long ranges that together make a character class. */
typedef struct _xmlChRangeGroup xmlChRangeGroup;
typedef xmlChRangeGroup *xmlChRangeGroupPtr;
struct _xmlChRangeGroup {
    int nbShortRange;
    int nbLongRange;
    const xmlChSRange *shortRange;
    const xmlChLRange *longRange;
};

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_CHVALID_H */
