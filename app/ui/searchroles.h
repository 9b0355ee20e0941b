#pragma once

#include <Qt>

// Data roles of SearchResultsModel, shared with its delegate and tests.
namespace SearchRoles {
enum Role {
    Code = Qt::UserRole + 1, // shown code: "535", "5.7.8"
    Title,                   // in the current language
    Summary,
    Tier,       // CatalogSearch::Tier as int
    Group,      // browse group key ("2xx", "X.7"); empty in search results
    GroupStart, // bool: first row of its group (the delegate draws a heading)
    GroupLabel, // translated heading for the group
    EntryIndex, // index into the catalog's entries
};
} // namespace SearchRoles
