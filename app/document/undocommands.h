#pragma once

namespace nf {

// Ids of the undo commands that can merge with their predecessor (QUndoCommand::id()).
// One enum for the whole application decides which commands merge.
enum UndoCommandId {
    CmdChangeProperty = 1, // one property edit session in the inspector
    CmdChangeLayout,       // one move, resize or bend drag
};

} // namespace nf
