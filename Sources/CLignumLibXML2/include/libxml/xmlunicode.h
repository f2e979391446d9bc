/*
 * Lignum's libxml2-compatible C interface: Unicode block and category tests.
 */
#ifndef LIGNUM_LIBXML_XMLUNICODE_H
#define LIGNUM_LIBXML_XMLUNICODE_H

#include <libxml/xmlversion.h>

#endif /* LIGNUM_LIBXML_XMLUNICODE_H */
