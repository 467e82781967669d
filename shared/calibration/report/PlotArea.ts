/** The rectangle of a chart inside its margins, in SVG user units. */
export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}
