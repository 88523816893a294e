package nl.cmostamm.portal.web.method.toc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.method.toc.Chain;
import nl.cmostamm.portal.method.toc.Level;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.Alignment;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Where everything in the diagram goes. Each element becomes a box sized to its wrapped text; the
 * Eclipse Layout Kernel's layered algorithm places the boxes left to right, one partition per level
 * so the seven levels stand in seven columns in their order, orders the boxes in a column to cross as
 * few links as it can (keeping the board's order where that costs nothing), and routes the links
 * orthogonally around the boxes. An empty level gets a placeholder box, so its column is still there.
 *
 * <p>Units are CSS pixels; {@link ChainDiagram} turns the result into SVG.
 */
final class ChainLayout {

    static final double TITLE_SIZE = 12.5;
    static final double DETAIL_SIZE = 11;
    static final double HEADER_SIZE = 12.5;
    static final double BADGE_SIZE = DETAIL_SIZE;

    /** Measurable boxes carry indicator lines, so they get more room. */
    private static final double BOX_WIDTH = 118;

    private static final double MEASURABLE_BOX_WIDTH = 140;
    /** Inside a box: around its text, the room for an indicator's light, the space between title and evidence. */
    static final double PADDING = 7;

    static final double ICON = 12;
    static final double GAP_AFTER_TITLE = 4;
    static final double HEADER_HEIGHT = 26;
    static final double BADGE_HEIGHT = 15;

    static {
        // ELK finds its algorithms through the Eclipse registry or, outside Eclipse, through this
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    enum Kind {
        TITLE,
        INDICATOR,
        DETAIL,
        ASSUMPTION,
        PLACEHOLDER
    }

    /**
     * One line of text in a box.
     *
     * @param light the indicator's light, on the first line of an indicator only
     * @param indent from the box's text edge, for the lines after an indicator's icon
     */
    record Line(String text, Kind kind, Light light, double indent) {

        double size() {
            return kind == Kind.TITLE ? TITLE_SIZE : DETAIL_SIZE;
        }

        double height() {
            return Math.ceil(size() * 1.25);
        }
    }

    /** An element's box, or the placeholder of an empty level (element null). */
    record Box(Chain.Element element, Level level, List<Line> lines, double width, double height) {

        boolean assumptionOnly() {
            return element != null && ChainTexts.stillAnAssumption(element);
        }
    }

    record Node(Box box, double x, double y) {}

    record Point(double x, double y) {}

    /**
     * A link's route from its source box to its target box.
     *
     * @param number "A1" when the link has an assumption, else null
     * @param badge where the number goes (its top-left corner), or null
     */
    record Route(Chain.Link link, String number, List<Point> points, Point badge, double badgeWidth) {}

    /** A level's column: from {@code x} to {@code x + width}, the whole height of the boxes. */
    record Column(Level level, double x, double width) {}

    /**
     * @param height of the columns, headers included
     */
    record Result(List<Node> nodes, List<Route> routes, List<Column> columns, double width, double height) {}

    private ChainLayout() {}

    static Result of(Chain chain, ChainTexts texts) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.PARTITIONING_ACTIVATE, true);
        // one graph, even when parts of the chain are not linked yet: the partitions (columns) hold across all of it
        graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(10));
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 10.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 30.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 10.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 6.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 8.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 2.0);
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);

        Map<ElkNode, Box> boxes = new HashMap<>();
        Map<Long, ElkNode> nodesById = new HashMap<>();
        for (Level level : Level.values()) {
            List<Chain.Element> elements = chain.at(level);
            if (elements.isEmpty()) {
                Box box = placeholder(level, texts);
                boxes.put(node(graph, level, box), box);
            }
            for (Chain.Element element : elements) {
                Box box = box(element, texts);
                ElkNode node = node(graph, level, box);
                boxes.put(node, box);
                nodesById.put(element.id(), node);
            }
        }

        Map<ElkEdge, Chain.Link> links = new HashMap<>();
        Map<Chain.Link, String> numbers = ChainTexts.numberedLinks(chain);
        numbers.forEach((link, number) -> {
            ElkNode from = nodesById.get(link.fromId());
            ElkNode to = nodesById.get(link.toId());
            if (from == null || to == null) {
                return;
            }
            ElkEdge edge = ElkGraphUtil.createEdge(graph);
            edge.getSources().add(from);
            edge.getTargets().add(to);
            if (number != null) {
                ElkLabel label = ElkGraphUtil.createLabel(number, edge);
                label.setWidth(badgeWidth(number));
                label.setHeight(BADGE_HEIGHT);
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.TAIL);
                label.setProperty(CoreOptions.EDGE_LABELS_INLINE, true);
            }
            links.put(edge, link);
        });

        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

        List<Node> nodes = new ArrayList<>();
        for (ElkNode child : graph.getChildren()) {
            nodes.add(new Node(boxes.get(child), child.getX(), child.getY() + HEADER_HEIGHT));
        }
        List<Route> routes = new ArrayList<>();
        for (ElkEdge edge : graph.getContainedEdges()) {
            Chain.Link link = links.get(edge);
            Route route = route(edge, link, numbers.get(link));
            if (route.points().size() >= 2) {
                routes.add(route);
            }
        }
        return new Result(
                nodes, routes, columns(nodes, graph.getWidth()), graph.getWidth(), graph.getHeight() + HEADER_HEIGHT);
    }

    static double badgeWidth(String number) {
        return Math.ceil(TextWidth.of(number, BADGE_SIZE, true)) + 8;
    }

    private static ElkNode node(ElkNode graph, Level level, Box box) {
        ElkNode node = ElkGraphUtil.createNode(graph);
        node.setProperty(CoreOptions.PARTITIONING_PARTITION, level.ordinal());
        // left-aligned in their column: a box with a badge beside it must not push the others sideways
        node.setProperty(CoreOptions.ALIGNMENT, Alignment.LEFT);
        node.setWidth(box.width());
        node.setHeight(box.height());
        return node;
    }

    static double boxWidth(Level level) {
        return level.measurable() ? MEASURABLE_BOX_WIDTH : BOX_WIDTH;
    }

    /** The box's lines: the title, then what supports the element, then a note when nothing does. */
    static Box box(Chain.Element element, ChainTexts texts) {
        double width = boxWidth(element.level());
        double textWidth = width - 2 * PADDING;
        List<Line> lines = new ArrayList<>();
        for (String line : TextWidth.wrap(element.title(), textWidth, TITLE_SIZE, false)) {
            lines.add(new Line(line, Kind.TITLE, null, 0));
        }
        for (Chain.IndicatorEvidence indicator : element.indicators()) {
            List<String> wrapped = TextWidth.wrap(texts.indicator(indicator), textWidth - ICON, DETAIL_SIZE, false);
            for (int i = 0; i < wrapped.size(); i++) {
                Light light = indicator.light() == null ? Light.GREY : indicator.light();
                lines.add(new Line(wrapped.get(i), Kind.INDICATOR, i == 0 ? light : null, ICON));
            }
        }
        if (element.stories() > 0) {
            detail(lines, texts.stories(element.stories()), textWidth, Kind.DETAIL);
        }
        if (!element.surveys().isEmpty()) {
            detail(lines, texts.surveys(element.surveys()), textWidth, Kind.DETAIL);
        }
        if (ChainTexts.stillAnAssumption(element)) {
            detail(lines, texts.get("toc.diagram.noEvidence"), textWidth, Kind.ASSUMPTION);
        }
        return new Box(element, element.level(), List.copyOf(lines), width, height(lines));
    }

    private static void detail(List<Line> lines, String text, double width, Kind kind) {
        for (String line : TextWidth.wrap(text, width, DETAIL_SIZE, false)) {
            lines.add(new Line(line, kind, null, 0));
        }
    }

    private static Box placeholder(Level level, ChainTexts texts) {
        List<Line> lines = List.of(new Line(texts.get("toc.diagram.empty"), Kind.PLACEHOLDER, null, 0));
        return new Box(null, level, lines, boxWidth(level), height(lines));
    }

    private static double height(List<Line> lines) {
        double height = 2 * PADDING;
        boolean details = false;
        for (Line line : lines) {
            if (line.kind() != Kind.TITLE && !details) {
                details = true;
                height += lines.get(0).kind() == Kind.TITLE ? GAP_AFTER_TITLE : 0;
            }
            height += line.height();
        }
        return height;
    }

    private static Route route(ElkEdge edge, Chain.Link link, String number) {
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            points.add(new Point(section.getStartX(), section.getStartY() + HEADER_HEIGHT));
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new Point(bend.getX(), bend.getY() + HEADER_HEIGHT));
            }
            points.add(new Point(section.getEndX(), section.getEndY() + HEADER_HEIGHT));
        }
        Point badge = null;
        double badgeWidth = 0;
        if (number != null && !edge.getLabels().isEmpty()) {
            ElkLabel label = edge.getLabels().get(0);
            badge = new Point(label.getX(), label.getY() + HEADER_HEIGHT);
            badgeWidth = label.getWidth();
        }
        return new Route(link, number, points, badge, badgeWidth);
    }

    /**
     * Each level's column: around its boxes, the border halfway to the next level's boxes. The
     * partitions keep a level's boxes left of the next level's, so columns never overlap.
     */
    private static List<Column> columns(List<Node> nodes, double width) {
        Map<Level, double[]> spans = new EnumMap<>(Level.class);
        for (Node node : nodes) {
            spans.merge(
                    node.box().level(),
                    new double[] {node.x(), node.x() + node.box().width()},
                    (a, b) -> new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        List<Column> columns = new ArrayList<>();
        Level[] levels = Level.values();
        double left = 0;
        for (int i = 0; i < levels.length; i++) {
            double right = i + 1 < levels.length ? (spans.get(levels[i])[1] + spans.get(levels[i + 1])[0]) / 2 : width;
            columns.add(new Column(levels[i], left, right - left));
            left = right;
        }
        return columns;
    }
}
