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

/* Whether a character is in a range group. */
XMLPUBFUN int XMLCALL xmlCharInRange(unsigned int val, const xmlChRangeGroup *group);

/* Range groups of the XML 1.0 character classes. */
XMLPUBVAR const xmlChRangeGroup xmlIsBaseCharGroup;
XMLPUBVAR const xmlChRangeGroup xmlIsCharGroup;
XMLPUBVAR const xmlChRangeGroup xmlIsCombiningGroup;
XMLPUBVAR const xmlChRangeGroup xmlIsDigitGroup;
XMLPUBVAR const xmlChRangeGroup xmlIsExtenderGroup;
XMLPUBVAR const xmlChRangeGroup xmlIsIdeographicGroup;
XMLPUBVAR const unsigned char xmlIsPubidChar_tab[256];

/* Character class tests, as functions. */
XMLPUBFUN int XMLCALL xmlIsBaseChar(unsigned int ch);
XMLPUBFUN int XMLCALL xmlIsBlank(unsigned int ch);
XMLPUBFUN int XMLCALL xmlIsChar(unsigned int ch);
XMLPUBFUN int XMLCALL xmlIsCombining(unsigned int ch);
XMLPUBFUN int XMLCALL xmlIsDigit(unsigned int ch);
XMLPUBFUN int XMLCALL xmlIsExtender(unsigned int ch);
XMLPUBFUN int XMLCALL xmlIsIdeographic(unsigned int ch);
XMLPUBFUN int XMLCALL xmlIsPubidChar(unsigned int ch);

#ifdef __cplusplus
}
#endif

#endif /* LIGNUM_LIBXML_CHVALID_H */
