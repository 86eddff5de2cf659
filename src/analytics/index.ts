// Graph analytics over the actor projection of a newskg graph.
export {
  ACTOR_TYPES,
  INTERACTION_OF,
  INTERACTION_TYPES,
  actorEvents,
  edgeKey,
  projectActors,
  type ActorAttributes,
  type ActorGraph,
  type ActorType,
  type EventReport,
  type InteractionAttributes,
  type InteractionEvent,
  type InteractionType,
  type ProjectOptions,
} from './project.js';
export { actorPagerank, graphStats, rankActors, type GraphStats, type RankedActor } from './stats.js';
export { actorNeighbours, interactionsBetween, type Direction, type Neighbour, type NeighbourInteraction } from './neighbors.js';
export { interactionPath, type PathHop } from './path.js';
export { actorCommunities, seededRandom, type Community, type CommunityResult } from './communities.js';
export { EDGE_COLORS, EXPORT_FORMATS, NODE_COLORS, exportGraph, toGEXF, toGraphML, toJSON, xmlEscape, type ExportFormat } from './export.js';
export { writeFileAtomic } from './write-file.js';
