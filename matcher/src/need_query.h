// The need's ranked query, and the read of its best documents.
#pragma once

#include <xapian.h>

#include <functional>

#include "analysis.h"

namespace radar::match {

// The need's query: each aspect's query, weighted by the aspect's weight, OR'd (`all`).
// In an index of at least `min_documents_to_split` documents, also the same query with
// the aspects that more than kCommonAspectShare of the documents hold made optional
// (`split`, AND_MAYBE): they add their weight to the documents a rarer aspect finds and
// find none of their own. A document that matches only what a need shares with much of
// the market ranks low, and those aspects' posting lists are the longest a match reads
// (bench/profiles.md, "Match, nineteenth round").
struct NeedQuery {
  static constexpr double kCommonAspectShare = 0.05;
  static constexpr Xapian::doccount kMinDocumentsToSplit = 50000;

  NeedQuery(const AnalysedNeed& need, Xapian::doccount documents,
            Xapian::doccount min_documents_to_split = kMinDocumentsToSplit);

  Xapian::Query all;
  Xapian::Query split;  // empty where no aspect is split off
};

// Restricts a ranked query to a scope (a boolean filter around it).
using Scoping = std::function<Xapian::Query(const Xapian::Query&)>;

// The best `count` documents of `query` as the matcher weighs them (BM25), best first.
Xapian::MSet ranked_matches(const Xapian::Database& db, const Xapian::Query& query, unsigned count);

// The best `count` documents of the need's query, restricted by `scoped`: the split
// query's, when it finds `count` documents; when it finds fewer, documents that only
// the optional aspects match may belong among them, and the whole query answers.
Xapian::MSet ranked_matches(const Xapian::Database& db, const NeedQuery& query, const Scoping& scoped, unsigned count);

}  // namespace radar::match
