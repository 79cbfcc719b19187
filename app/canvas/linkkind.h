#pragma once

namespace nf {

// What a drag from a component's edge handle creates. Traffic is a dependency
// drawn as request flow.
enum class LinkKind { Dependency, Traffic, Failover, Replication };

} // namespace nf
