"""Weights of the two logistic models of the text path, fitted by ``bench/fit_reconstruct.py`` on pages
generated from the 2019 records of the 人民日报 evaluation corpus (three extractor styles).

* subhead or boundary (``assemble.group_features``): 4605 heading groups;
* where a boundary falls in its group (``assemble.split_features``): 1336 groups.

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
    0.909,  # bias
    1.166,  # one_heading
    0.750,  # two_headings
    1.284,  # three_headings
    -0.108,  # four_or_more_headings
    -1.109,  # bylines
    -1.508,  # names_lines
    -0.529,  # widest_line
    0.100,  # total_width
    0.054,  # widest_vs_column
    -1.738,  # wider_than_column
    0.643,  # inner_colon
    0.534,  # opens_with_dash
    0.921,  # ends_with_dash_or_colon
    0.000,  # bold
    -3.831,  # offset
    -0.210,  # two_phrases
    0.288,  # digits
    -0.418,  # quotation
    0.000,  # question_or_exclamation
    1.424,  # comma
    -1.041,  # two_boxes
    0.967,  # alike_groups
    -0.396,  # words_in_body_above
    0.848,  # words_in_body_below
    -3.181,  # dateline_below
    -0.877,  # closing_above
    -0.479,  # paragraphs_above_log
    0.445,  # paragraphs_below_log
    -0.158,  # short_paragraph_above
    -2.020,  # position_on_page
    0.036,  # blank_lines_on_page
    0.767,  # section_under_headline
    0.323,  # two_even_lines
    -0.296,  # byline_and_dateline_below
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
    -0.728,  # bias
    2.575,  # none_above
    1.587,  # all_above
    -0.422,  # title_above
    -0.650,  # title_below
    0.704,  # title_lines_above
    0.251,  # title_lines_below
    4.710,  # words_above_in_body_above
    3.459,  # words_below_in_body_below
    -6.148,  # words_above_in_body_below
    -5.545,  # words_below_in_body_above
    0.172,  # byline_inside_above
    -3.647,  # byline_ends_above
    0.892,  # byline_below
    0.932,  # byline_opens_below
    1.982,  # names_above
    -4.073,  # names_below
    -1.170,  # column_name_ends_above
    0.492,  # column_name_opens_below
    1.541,  # banner_opens_below
    -2.208,  # lead_in_ends_above
    -0.017,  # dash_opens_below
    1.127,  # blank_at_split
    -0.474,  # even_widths_at_split
    -0.023,  # closing_above
    0.238,  # dateline_below
    -4.987,  # lines_above
    -3.367,  # lines_below
    0.000,  # repeats_above
    0.000,  # repeats_below
    0.015,  # blank_lines_on_page
)
