/**
 * @tvaers/viz — views of tvaers networks and results that return DOM nodes, for the notebooks and
 * for any web page: a sigma.js network view and d3 charts, labelled in English and Danish, with
 * SVG, PNG, CSV, GEXF and GraphML downloads. Views read result objects; they never compute measures
 * and never write styles into a graph.
 */

export {
  BROKERAGE_ROLES,
  type BrokerageRolesOptions,
  type BrokerageRow,
  brokerageRoles,
  ROLE_COLOURS,
} from "./charts/brokerage-roles.js";
export { type EIByClusterOptions, type EIResult, eiByCluster } from "./charts/ei-by-cluster.js";
export { CHART_FONT } from "./charts/frame.js";
export {
  type HandoffSankeyOptions,
  handoffSankey,
  type SankeyFlow,
  type SankeyNode,
} from "./charts/handoff-sankey.js";
export { formatWait, type HandoffWaitsOptions, handoffWaits, type WaitRow } from "./charts/handoff-waits.js";
export { type MixingHeatmapOptions, mixingHeatmap } from "./charts/mixing-heatmap.js";
export {
  type PathwayTimelineOptions,
  pathwayTimeline,
  type TimelineEvent,
} from "./charts/pathway-timeline.js";
export {
  type GridAxis,
  type GridFields,
  type GridStakeholder,
  type PowerInterestGridOptions,
  powerInterestGrid,
} from "./charts/power-interest-grid.js";
export {
  type AcceptabilityRow,
  type RankAcceptabilityOptions,
  rankAcceptability,
} from "./charts/rank-acceptability.js";
export {
  type SalienceDiagramOptions,
  type SalienceName,
  type SalienceStakeholder,
  salienceDiagram,
} from "./charts/salience-diagram.js";
export { type ScoreWaterfallOptions, scoreWaterfall, type WaterfallStep } from "./charts/score-waterfall.js";
export { type TornadoChartOptions, type TornadoRow, tornadoChart } from "./charts/tornado-chart.js";
export { type CsvColumn, neutraliseCell, toCsv } from "./export/csv.js";
export { download } from "./export/download.js";
export {
  chartDownloads,
  type DownloadEntry,
  downloadButtons,
  fileStem,
  networkDownloads,
  tableDownloads,
} from "./export/export-buttons.js";
export { type NetworkFileFormat, networkFile } from "./export/network-files.js";
export { canvasToPng, type PngOptions, svgToPng } from "./export/png.js";
export { svgText } from "./export/svg-file.js";
export { formatNumber } from "./format.js";
export { catalogueText, type LabelKey, type Labelled, type Locale, t, tieKindText } from "./labels.js";
export type { LayoutMode } from "./network/layout.js";
export { networkCanvas, networkPng, networkSvg } from "./network/network-image.js";
export {
  type Highlight,
  type NetworkView,
  type NetworkViewOptions,
  networkView,
} from "./network/network-view.js";
export { SECTOR_COLOURS, sectorColours, UNKNOWN_COLOUR } from "./palette.js";
export { type ProblemRow, type ProblemTableOptions, problemTable } from "./table/problem-table.js";
export { type TableColumn, type TableViewOptions, tableView } from "./table/table-view.js";
