"""Weights of the two logistic models of the text path, fitted by ``bench/fit_reconstruct.py`` on pages
generated from the 2019 records of the 人民日报 evaluation corpus (three extractor styles).

* subhead or boundary (``assemble.group_features``): 4608 heading groups;
* where a boundary falls in its group (``assemble.split_features``): 1339 groups.

Generated file: rerun the script, do not edit.
"""

FEATURES = (
    "bias",
    "one_heading",
    "two_headings",
    "three_headings",
    "four_or_more_headings",
    "bylines",
    "names_lines",
    "widest_line",
    "total_width",
    "widest_vs_column",
    "wider_than_column",
    "inner_colon",
    "opens_with_dash",
    "ends_with_dash_or_colon",
    "bold",
    "offset",
    "two_phrases",
    "digits",
    "quotation",
    "question_or_exclamation",
    "comma",
    "two_boxes",
    "alike_groups",
    "words_in_body_above",
    "words_in_body_below",
    "dateline_below",
    "closing_above",
    "paragraphs_above_log",
    "paragraphs_below_log",
    "short_paragraph_above",
    "position_on_page",
    "blank_lines_on_page",
    "section_under_headline",
    "two_even_lines",
    "byline_and_dateline_below",
)

WEIGHTS = (
    0.977,  # bias
    1.033,  # one_heading
    0.672,  # two_headings
    1.111,  # three_headings
    -0.268,  # four_or_more_headings
    -1.145,  # bylines
    -1.434,  # names_lines
    -0.382,  # widest_line
    0.102,  # total_width
    0.002,  # widest_vs_column
    -2.319,  # wider_than_column
    0.733,  # inner_colon
    0.542,  # opens_with_dash
    0.987,  # ends_with_dash_or_colon
    0.000,  # bold
    -3.866,  # offset
    -0.218,  # two_phrases
    0.227,  # digits
    -0.449,  # quotation
    -0.723,  # question_or_exclamation
    1.384,  # comma
    -1.043,  # two_boxes
    0.966,  # alike_groups
    -0.461,  # words_in_body_above
    0.869,  # words_in_body_below
    -3.207,  # dateline_below
    -1.081,  # closing_above
    -0.450,  # paragraphs_above_log
    0.433,  # paragraphs_below_log
    -0.121,  # short_paragraph_above
    -1.977,  # position_on_page
    -0.067,  # blank_lines_on_page
    0.826,  # section_under_headline
    0.241,  # two_even_lines
    -0.272,  # byline_and_dateline_below
)

SPLIT_FEATURES = (
    "bias",
    "none_above",
    "all_above",
    "title_above",
    "title_below",
    "title_lines_above",
    "title_lines_below",
    "words_above_in_body_above",
    "words_below_in_body_below",
    "words_above_in_body_below",
    "words_below_in_body_above",
    "byline_inside_above",
    "byline_ends_above",
    "byline_below",
    "byline_opens_below",
    "names_above",
    "names_below",
    "column_name_ends_above",
    "column_name_opens_below",
    "banner_opens_below",
    "lead_in_ends_above",
    "dash_opens_below",
    "blank_at_split",
    "even_widths_at_split",
    "closing_above",
    "dateline_below",
    "lines_above",
    "lines_below",
    "repeats_above",
    "repeats_below",
    "blank_lines_on_page",
)

SPLIT_WEIGHTS = (
    -0.869,  # bias
    2.451,  # none_above
    1.781,  # all_above
    -0.640,  # title_above
    -0.510,  # title_below
    0.789,  # title_lines_above
    0.328,  # title_lines_below
    4.617,  # words_above_in_body_above
    3.476,  # words_below_in_body_below
    -6.226,  # words_above_in_body_below
    -5.644,  # words_below_in_body_above
    -0.624,  # byline_inside_above
    -3.478,  # byline_ends_above
    0.944,  # byline_below
    1.225,  # byline_opens_below
    1.903,  # names_above
    -3.813,  # names_below
    -1.225,  # column_name_ends_above
    0.607,  # column_name_opens_below
    1.498,  # banner_opens_below
    -2.244,  # lead_in_ends_above
    -0.020,  # dash_opens_below
    1.121,  # blank_at_split
    -0.443,  # even_widths_at_split
    -0.008,  # closing_above
    0.244,  # dateline_below
    -4.997,  # lines_above
    -3.430,  # lines_below
    0.000,  # repeats_above
    0.000,  # repeats_below
    -0.013,  # blank_lines_on_page
)
