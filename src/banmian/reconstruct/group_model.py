"""Weights of the two logistic models of the text path, fitted by ``bench/fit_reconstruct.py`` on pages
generated from the 2019 records of the 人民日报 evaluation corpus (three extractor styles).

* subhead or boundary (``assemble.group_features``): 4628 heading groups;
* where a boundary falls in its group (``assemble.split_features``): 1356 groups.

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
    0.933,  # bias
    1.041,  # one_heading
    0.645,  # two_headings
    1.047,  # three_headings
    -0.296,  # four_or_more_headings
    -1.128,  # bylines
    -1.445,  # names_lines
    -0.568,  # widest_line
    0.107,  # total_width
    0.350,  # widest_vs_column
    -2.367,  # wider_than_column
    0.730,  # inner_colon
    0.569,  # opens_with_dash
    0.951,  # ends_with_dash_or_colon
    0.000,  # bold
    -3.849,  # offset
    -0.241,  # two_phrases
    0.237,  # digits
    -0.435,  # quotation
    -0.715,  # question_or_exclamation
    1.383,  # comma
    -1.074,  # two_boxes
    0.965,  # alike_groups
    -0.454,  # words_in_body_above
    0.840,  # words_in_body_below
    -3.191,  # dateline_below
    -1.095,  # closing_above
    -0.450,  # paragraphs_above_log
    0.439,  # paragraphs_below_log
    -0.131,  # short_paragraph_above
    -1.993,  # position_on_page
    -0.035,  # blank_lines_on_page
    0.837,  # section_under_headline
    0.271,  # two_even_lines
    -0.269,  # byline_and_dateline_below
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
    -0.864,  # bias
    2.479,  # none_above
    1.803,  # all_above
    -0.648,  # title_above
    -0.516,  # title_below
    0.796,  # title_lines_above
    0.339,  # title_lines_below
    4.653,  # words_above_in_body_above
    3.461,  # words_below_in_body_below
    -6.256,  # words_above_in_body_below
    -5.707,  # words_below_in_body_above
    -0.621,  # byline_inside_above
    -3.464,  # byline_ends_above
    0.949,  # byline_below
    1.210,  # byline_opens_below
    1.909,  # names_above
    -3.833,  # names_below
    -1.227,  # column_name_ends_above
    0.569,  # column_name_opens_below
    1.473,  # banner_opens_below
    -2.227,  # lead_in_ends_above
    -0.021,  # dash_opens_below
    1.148,  # blank_at_split
    -0.394,  # even_widths_at_split
    0.002,  # closing_above
    0.237,  # dateline_below
    -5.036,  # lines_above
    -3.449,  # lines_below
    0.000,  # repeats_above
    0.000,  # repeats_below
    -0.012,  # blank_lines_on_page
)
