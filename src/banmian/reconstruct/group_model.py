"""Weights of the two logistic models of the text path, fitted by ``bench/fit_reconstruct.py`` on pages
generated from the 2019 records of the 人民日报 evaluation corpus (three extractor styles).

* subhead or boundary (``assemble.group_features``): 4629 heading groups;
* where a boundary falls in its group (``assemble.split_features``): 1357 groups;
* without blank lines, whether a new headline box starts (``assemble.box_features``): 3335 line
  pairs of 600 more pages of the same records in pdftotext -raw style.

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
    0.944,  # bias
    1.048,  # one_heading
    0.659,  # two_headings
    1.040,  # three_headings
    -0.303,  # four_or_more_headings
    -1.129,  # bylines
    -1.445,  # names_lines
    -0.575,  # widest_line
    0.106,  # total_width
    0.351,  # widest_vs_column
    -2.361,  # wider_than_column
    0.733,  # inner_colon
    0.573,  # opens_with_dash
    0.958,  # ends_with_dash_or_colon
    0.000,  # bold
    -3.853,  # offset
    -0.244,  # two_phrases
    0.244,  # digits
    -0.433,  # quotation
    -0.715,  # question_or_exclamation
    1.387,  # comma
    -1.070,  # two_boxes
    0.962,  # alike_groups
    -0.455,  # words_in_body_above
    0.841,  # words_in_body_below
    -3.192,  # dateline_below
    -1.094,  # closing_above
    -0.452,  # paragraphs_above_log
    0.435,  # paragraphs_below_log
    -0.131,  # short_paragraph_above
    -1.991,  # position_on_page
    -0.037,  # blank_lines_on_page
    0.835,  # section_under_headline
    0.260,  # two_even_lines
    -0.268,  # byline_and_dateline_below
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
    2.473,  # none_above
    1.801,  # all_above
    -0.646,  # title_above
    -0.516,  # title_below
    0.795,  # title_lines_above
    0.336,  # title_lines_below
    4.640,  # words_above_in_body_above
    3.467,  # words_below_in_body_below
    -6.254,  # words_above_in_body_below
    -5.700,  # words_below_in_body_above
    -0.622,  # byline_inside_above
    -3.460,  # byline_ends_above
    0.950,  # byline_below
    1.215,  # byline_opens_below
    1.907,  # names_above
    -3.831,  # names_below
    -1.228,  # column_name_ends_above
    0.583,  # column_name_opens_below
    1.470,  # banner_opens_below
    -2.226,  # lead_in_ends_above
    -0.020,  # dash_opens_below
    1.147,  # blank_at_split
    -0.417,  # even_widths_at_split
    0.005,  # closing_above
    0.241,  # dateline_below
    -5.026,  # lines_above
    -3.444,  # lines_below
    0.000,  # repeats_above
    0.000,  # repeats_below
    -0.015,  # blank_lines_on_page
)

BOX_FEATURES = (
    "bias",
    "width_difference",
    "even_widths",
    "second_shorter",
    "first_width",
    "second_width",
    "second_is_last",
    "next_as_wide_as_second",
    "next_as_wide_as_first",
    "word_across",
    "quote_open",
    "second_opens_with_closing_mark",
    "first_ends_on_a_function_word",
    "first_ends_with_dash_or_colon",
    "first_leads_in",
    "second_opens_with_dash",
    "first_ends_with_comma",
    "first_ends_a_sentence",
    "first_short",
    "first_series_dot",
    "first_two_phrases",
    "second_two_phrases",
    "first_ends_in_digit_or_letter",
)

BOX_WEIGHTS = (
    -0.192,  # bias
    2.488,  # width_difference
    -1.099,  # even_widths
    -0.388,  # second_shorter
    -0.061,  # first_width
    0.922,  # second_width
    -0.606,  # second_is_last
    0.519,  # next_as_wide_as_second
    -0.501,  # next_as_wide_as_first
    -3.538,  # word_across
    -4.669,  # quote_open
    0.000,  # second_opens_with_closing_mark
    -1.757,  # first_ends_on_a_function_word
    0.239,  # first_ends_with_dash_or_colon
    1.882,  # first_leads_in
    2.364,  # second_opens_with_dash
    -4.186,  # first_ends_with_comma
    0.059,  # first_ends_a_sentence
    -0.312,  # first_short
    1.497,  # first_series_dot
    0.961,  # first_two_phrases
    1.698,  # second_two_phrases
    0.083,  # first_ends_in_digit_or_letter
)
