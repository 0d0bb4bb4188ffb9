// libxml2 for Swift. ICU support is switched off in the headers because its UErrorCode clashes with
// Foundation's copy of ICU; Oogst never asks libxml2 for ICU-backed encodings.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
