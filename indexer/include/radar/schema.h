// The index schema: the one place that says how a record becomes a Xapian
// document. The crawler, the matcher and the server all read the index through
// these names; change them only together with a re-index.
//
//   term              meaning
//   Q<id>             unique id term (replace_document by it)
//   XT<type>          organisation | solution | need | page
//   XA<area>          area, lowercased (solutions, organisations; need "area")
//   XM<maturity>      idea | prototype | pilot | market
//   XR<region>        region, lowercased
//   XO<org_type>      organisation type; solutions and pages carry their organisation's
//   XC<country>       ISO country code, lowercased
//   L<lang>           record language (da, sv, nb, en, de)
//   XP<org id>        the organisation a solution or page belongs to
//   XK<municipality>  municipality of a need, lowercased
//   XS<source id>     the crawl source that produced a page or record
//   H<host>           host of a page
//   XWATCH            a watched need
//   XZ<n>             thesaurus concept n (radar/concepts.h), within-document frequency
//                     the sum of the document's words expressing it; written by IndexWriter
//   free text         stemmed with the record's language: Z<stem> plus the unstemmed
//                     word; organisations' and solutions' names also under prefix S
//                     and their areas under prefix XB (the market's own vocabulary).
//                     Within-document weight: name x3, areas x2, headings x2, the rest x1.
//                     No positions: nothing reads them (no phrase or proximity query),
//                     and they were most of the index and of the time to write it.
//
//   value slot        content
//   0 kUpdatedSlot    updated/created date, ISO text (sortable)
//   1 kOrgSlot        owning organisation id (an organisation's own id): the collapse key
//   2 kHashSlot       content hash of a crawled page
//   3 kEtagSlot       ETag of a crawled page
//   4 kLastModSlot    Last-Modified of a crawled page
//   5 kFetchedSlot    when a page was last fetched, ISO text
//   6 kMaturitySlot   maturity rank 0..3 (idea..market) as a serialised number
//   7 kTypeSlot       record type (organisation, solution, need, page), for tools that
//                     sort or collapse on it (the matcher reads the type terms)
//
//   document data: the stored record, compact JSON.
//   metadata: radar:updated (ISO time of the last commit), radar:thesaurus,
//   radar:concepts (signature of the resources the concept terms were written for),
//   radar:stopwords:<lang>, radar:source:<id>:crawled, radar:watch:current:<need id>
//   and radar:watch:log:<need id> (new matches of watched needs).
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

#include "radar/records.h"

namespace radar::schema {

inline constexpr const char* kIdPrefix = "Q";
inline constexpr const char* kTypePrefix = "XT";
inline constexpr const char* kAreaPrefix = "XA";
inline constexpr const char* kMaturityPrefix = "XM";
inline constexpr const char* kRegionPrefix = "XR";
inline constexpr const char* kOrgTypePrefix = "XO";
inline constexpr const char* kCountryPrefix = "XC";
inline constexpr const char* kLangPrefix = "L";
inline constexpr const char* kOrganisationPrefix = "XP";
inline constexpr const char* kMunicipalityPrefix = "XK";
inline constexpr const char* kSourcePrefix = "XS";
inline constexpr const char* kHostPrefix = "H";
inline constexpr const char* kWatchTerm = "XWATCH";
inline constexpr const char* kNamePrefix = "S";
inline constexpr const char* kAreaTextPrefix = "XB";

inline constexpr Xapian::valueno kUpdatedSlot = 0;
inline constexpr Xapian::valueno kOrgSlot = 1;
inline constexpr Xapian::valueno kHashSlot = 2;
inline constexpr Xapian::valueno kEtagSlot = 3;
inline constexpr Xapian::valueno kLastModSlot = 4;
inline constexpr Xapian::valueno kFetchedSlot = 5;
inline constexpr Xapian::valueno kMaturitySlot = 6;
inline constexpr Xapian::valueno kTypeSlot = 7;

inline constexpr const char* kUpdatedKey = "radar:updated";
inline constexpr const char* kRevisionKey = "radar:revision";  // also readable over the remote backend
// What a compaction took from Xapian's revision count: the index's revision is Xapian's plus this.
inline constexpr const char* kRevisionBaseKey = "radar:revision-base";
inline constexpr const char* kThesaurusKey = "radar:thesaurus";
inline constexpr const char* kStopwordsKeyPrefix = "radar:stopwords:";
inline constexpr const char* kSourceKeyPrefix = "radar:source:";            // + id + ":crawled" -> ISO time
inline constexpr const char* kWatchCurrentPrefix = "radar:watch:current:";  // + need id -> JSON {id: name}
inline constexpr const char* kWatchLogPrefix = "radar:watch:log:";          // + need id -> JSON [entry], newest first

// Terms are limited to 245 bytes by Xapian; longer boolean values are cut.
std::string term(std::string_view prefix, std::string_view value);
std::string id_term(std::string_view id);
std::string type_term(RecordType type);

// A free-text term: an unprefixed word or its stem ("Z" + stem). Field-prefixed copies
// (names "S...", "ZS...", areas "XB...") and boolean terms are not.
bool is_free_text_term(std::string_view term);

// The stemmer for a record language ("da", "sv", "nb", "en", "de"); "none" for others.
Xapian::Stem stemmer_for(std::string_view lang);

// Organisation facts a solution or page inherits (name for text, type/region for filters).
struct OwnerInfo {
  std::string name;
  std::string org_type;
  std::string region;
  std::string country;
};

// Builds the document for a validated record. `owner` is the record's organisation
// when it has one. Never throws for a validated record.
Xapian::Document make_document(const Record& record, const OwnerInfo* owner = nullptr);

// Owner info read from a stored organisation document's record.
OwnerInfo owner_info_from(const nlohmann::json& organisation);

// Rank of a maturity label: idea 0, prototype 1, pilot 2, market 3; -1 if unknown.
int maturity_rank(std::string_view maturity);

}  // namespace radar::schema
