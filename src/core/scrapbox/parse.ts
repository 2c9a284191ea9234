/**
 * The one entry point to `@progfay/scrapbox-parser`, the community's parser.
 * Everything else in the project imports Scrapbox syntax types from here, so a
 * parser upgrade touches one file.
 */
export { parse, getTitle } from "@progfay/scrapbox-parser";
export type {
	BlankNode,
	Block,
	CodeBlock,
	CodeNode,
	CommandLineNode,
	Decoration,
	DecorationNode,
	FormulaNode,
	GoogleMapNode,
	HashTagNode,
	HelpfeelNode,
	IconNode,
	ImageNode,
	Line,
	LinkNode,
	Node,
	NumberListNode,
	Page,
	ParserOption,
	PlainNode,
	QuoteNode,
	StrongIconNode,
	StrongImageNode,
	StrongNode,
	Table,
	Title,
} from "@progfay/scrapbox-parser";
