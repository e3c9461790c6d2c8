// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servicecatalog.h"

#include <vector>

namespace pivori {

/// Services beyond the platform's fifteen, for scale runs (`--services 1500`): named the way
/// a large platform names them ("ledger-reconciler", "fx-rates-worker-2"), each with a few
/// REST routes, a rate and a port drawn from its position, so the same count always gives
/// the same names.
class GeneratedServices final
{
public:
    /// @p count services after the catalog's, none of whose names collides with it.
    static std::vector<ServiceSpec> make(int count);
};

} // namespace pivori
