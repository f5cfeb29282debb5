// Read a GEXF file with graphology-gexf (an independent GEXF parser) and print what it saw as JSON.
//
//   node tests/js/read_gexf.mjs FILE [NODE_ID]
//
// Prints {"nodes", "edges", "type", "multi", "node", "attributes", "edge_attributes", "starts"}:
// counts, graphology's graph type, the id and attributes of NODE_ID (default: the first node),
// the attributes of the first edge, and the `start` of every node that has one. graphology-gexf
// does not read GEXF dynamics (start/end), so `starts` comes from the same file parsed with
// @xmldom/xmldom, the XML parser graphology-gexf itself uses.
import { readFileSync } from "node:fs";
import Graph from "graphology";
import gexf from "graphology-gexf";
import xmldom from "@xmldom/xmldom";

const [file, wanted] = process.argv.slice(2);
if (!file) {
  console.error("usage: node read_gexf.mjs FILE [NODE_ID]");
  process.exit(2);
}
const text = readFileSync(file, "utf8");

// xmldom alone only warns about malformed XML; fail on any complaint instead.
const problems = [];
const doc = new xmldom.DOMParser({ errorHandler: (level, message) => problems.push(message) })
  .parseFromString(text, "application/xml");
if (problems.length) {
  console.error(`read_gexf: ${file} is not well-formed: ${problems.join("; ")}`);
  process.exit(1);
}
const starts = {};
const elements = doc.getElementsByTagName("node");
for (let i = 0; i < elements.length; i++) {
  const start = elements[i].getAttribute("start");
  if (start) starts[elements[i].getAttribute("id")] = start;
}

const graph = gexf.parse(Graph, text);
const node = wanted ?? graph.nodes()[0] ?? null;
if (node !== null && !graph.hasNode(node)) {
  console.error(`read_gexf: no node ${JSON.stringify(node)} in ${file}`);
  process.exit(1);
}
const firstEdge = graph.edges()[0];

console.log(JSON.stringify({
  nodes: graph.order,
  edges: graph.size,
  type: graph.type,
  multi: graph.multi,
  node,
  attributes: node === null ? null : graph.getNodeAttributes(node),
  edge_attributes: firstEdge === undefined ? null : graph.getEdgeAttributes(firstEdge),
  starts,
}));
