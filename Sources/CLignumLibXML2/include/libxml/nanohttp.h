/*
 * Lignum's libxml2-compatible C interface: the minimal HTTP client.
 */
#ifndef LIGNUM_LIBXML_NANOHTTP_H
#define LIGNUM_LIBXML_NANOHTTP_H

#include <libxml/xmlversion.h>

#endif /* LIGNUM_LIBXML_NANOHTTP_H */
